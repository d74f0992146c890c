package dev.eksdesk.cli.kube;

import picocli.CommandLine.Command;

/** {@code eksdesk cni ...}: the cluster's CNI. */
@Command(
    name = "cni",
    description = "Change the cluster's CNI.",
    subcommands = CniSwapCommand.class)
public final class CniCommand {}
