package dev.eksdesk.cli.kube;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The cluster's name and --sandbox, shared by the Kubernetes commands. */
final class ClusterArguments {
  // Optional for picocli only, so that `nodes recycle NAME` reaches the subcommand; open() requires
  // it.
  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the cluster's name")
  String name;

  @Option(names = "--sandbox", description = "The cluster is in the simulated account.")
  boolean sandbox;

  /**
   * Opens the cluster for the command.
   *
   * @throws ParameterException (exit code 2) for an AWS cluster, not available yet, and for a
   *     sandbox cluster that does not exist
   */
  ClusterOpener.OpenCluster open(KubeCommandContext context, CommandSpec spec) {
    if (name == null) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'NAME'");
    }
    if (!sandbox) {
      throw new ParameterException(
          spec.commandLine(),
          "clusters in an AWS account are not available yet for this command; add --sandbox for"
              + " a sandbox cluster");
    }
    return context
        .sandbox()
        .open(name)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "no sandbox cluster "
                        + name
                        + " with running nodes; build it with `eksdesk apply <spec> --sandbox`"));
  }
}
