package dev.eksdesk.cli;

import dev.eksdesk.cli.engine.EngineCommandContext;
import dev.eksdesk.cli.kube.ClusterOpener;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.cloud.aws.AwsCliAccounts;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process, wired as the jar wires it, and keeps what it printed. */
public record CliRun(int code, String out, String err) {

  /** With the data folder of the environment (EKSDESK_HOME, else ~/.eksdesk). */
  public static CliRun of(String... args) {
    return run(
        EngineCommandContext.fromEnvironment().withAws(AwsCliAccounts.forCurrentUser()),
        new KubeCommandContext(ClusterOpener.NONE),
        args);
  }

  /** With the data folder {@code home}, the Sandbox's operator address and no cluster opener. */
  public static CliRun in(Path home, String... args) {
    return in(home, new KubeCommandContext(ClusterOpener.NONE), args);
  }

  /** With the data folder {@code home}, clusters opened through {@code clusters}. */
  public static CliRun in(Path home, KubeCommandContext clusters, String... args) {
    return run(
        new EngineCommandContext(
                home, InstanceCatalog.bundled(), EngineCommandContext.SANDBOX_OPERATOR)
            .withAws(AwsCliAccounts.forCurrentUser()),
        clusters,
        args);
  }

  private static CliRun run(
      EngineCommandContext engine, KubeCommandContext clusters, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        EksdeskCli.commandLine(
                new PrintWriter(out, true), new PrintWriter(err, true), engine, clusters)
            .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
