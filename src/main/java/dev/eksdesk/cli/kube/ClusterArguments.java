package dev.eksdesk.cli.kube;

import dev.eksdesk.cli.RefusedArgument;
import dev.eksdesk.cli.engine.AccountOptions;
import dev.eksdesk.cloud.AwsSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The cluster's name and its account (--sandbox, or AWS with --profile, --region and
 * --endpoint-url), shared by the Kubernetes commands.
 */
final class ClusterArguments {
  // Optional for picocli only, so that `nodes recycle NAME` reaches the subcommand; open() requires
  // it.
  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the cluster's name")
  String name;

  @Mixin AccountOptions account = new AccountOptions();

  /**
   * Opens the cluster for the command.
   *
   * @throws ParameterException (exit code 2) when the account cannot be opened or holds no such
   *     cluster
   */
  ClusterOpener.OpenCluster open(KubeCommandContext context, CommandSpec spec) {
    if (name == null) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'NAME'");
    }
    return account.sandbox() ? openSandbox(context, spec) : openOnAws(context, spec);
  }

  private ClusterOpener.OpenCluster openSandbox(KubeCommandContext context, CommandSpec spec) {
    return context
        .sandbox()
        .open(name)
        .orElseThrow(
            () ->
                new RefusedArgument(
                    spec.commandLine(),
                    "no sandbox cluster "
                        + name
                        + " with running nodes; build it with `eksdesk apply <spec> --sandbox`"));
  }

  private ClusterOpener.OpenCluster openOnAws(KubeCommandContext context, CommandSpec spec) {
    StringWriter why = new StringWriter();
    AwsSession session =
        account
            .openAws(context.accounts(), null, new PrintWriter(why, true))
            .orElseThrow(
                () ->
                    new RefusedArgument(
                        spec.commandLine(), why.toString().strip().replaceFirst("^eksdesk: ", "")));
    Optional<ClusterOpener.OpenCluster> opened;
    try {
      opened = context.aws().open(name, session);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
    if (opened.isEmpty()) {
      session.close();
      throw new RefusedArgument(
          spec.commandLine(),
          "Eksdesk did not build a cluster "
              + name
              + " in "
              + session.displayName()
              + " (no spec beside a journal); for a cluster built elsewhere, open it in the app's"
              + " Topology screen");
    }
    ClusterOpener.OpenCluster cluster = opened.get();
    return new ClusterOpener.OpenCluster(
        cluster.runtime(),
        () -> {
          try {
            cluster.close();
          } finally {
            session.close();
          }
        });
  }
}
