package dev.eksdesk.cli.engine;

import picocli.CommandLine.Command;

/** {@code eksdesk state}: where a cluster's journal lives, moving it to S3 and back, its lock. */
@Command(
    name = "state",
    description =
        "Where a cluster's journal lives (this machine or S3, shared by a team), and its lock.",
    subcommands = {
      StateShowCommand.class,
      StatePushCommand.class,
      StatePullCommand.class,
      StateUnlockCommand.class
    })
public final class StateCommand {}
