package dev.eksdesk.cli.engine;

import picocli.CommandLine.Command;

/** {@code eksdesk clusters}: the clusters of an account, whoever built them. */
@Command(
    name = "clusters",
    description = "The EKS clusters of an account, built by Eksdesk or not.",
    subcommands = ClustersListCommand.class)
public final class ClustersCommand {}
