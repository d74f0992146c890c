package dev.eksdesk.cli.engine;

import picocli.CommandLine.Command;

/** {@code eksdesk sandbox ...}: the simulated account. */
@Command(
    name = "sandbox",
    description = "The simulated account that runs offline and costs nothing.",
    subcommands = {SandboxInventoryCommand.class})
public final class SandboxCommand {}
