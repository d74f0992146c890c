package dev.eksdesk.cli;

import dev.eksdesk.cli.engine.EngineCommandContext;
import dev.eksdesk.cli.engine.EngineCommands;
import dev.eksdesk.cli.kube.ClusterOpener;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.cli.kube.KubeCommands;
import dev.eksdesk.cli.kube.OpenedClusterMovers;
import dev.eksdesk.cloud.AwsAccounts;
import dev.eksdesk.engine.journal.EksdeskHome;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The command-line face of Eksdesk: the same domain and engine as the desktop app. */
@Command(
    name = "eksdesk",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT, // --help and --version on every subcommand too
    versionProvider = VersionProvider.class,
    description = "Build, draw and watch Amazon EKS clusters. Without a command, opens the app.",
    subcommands = {CapacityCommand.class, SpecCommand.class, EstimateCommand.class})
public final class EksdeskCli {
  private EksdeskCli() {}

  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, new KubeCommandContext(ClusterOpener.NONE));
  }

  /**
   * @param clusters opens clusters for nodes, pods, cni and recycle (the app wires it: the
   *     sandbox's Kubernetes runs in this process, an AWS cluster is reached through EKS)
   */
  public static CommandLine commandLine(
      PrintWriter out, PrintWriter err, KubeCommandContext clusters) {
    return commandLine(out, err, EngineCommandContext.fromEnvironment(), clusters);
  }

  /**
   * @param engine the data folder, catalog and operator address of apply, plan, status and the
   *     others (tests give their own home)
   */
  public static CommandLine commandLine(
      PrintWriter out, PrintWriter err, EngineCommandContext engine, KubeCommandContext clusters) {
    clusters = clusters.withAccounts(engine.aws());
    engine = engine.withMovers(new OpenedClusterMovers(clusters));
    CommandLine line =
        new CommandLine(new EksdeskCli(), new ContextFactory<>(EngineCommandContext.class, engine));
    EngineCommands.register(line, engine);
    KubeCommands.register(line, clusters);
    EngineCommands.registerNodeChanges(line, engine);
    KubeCommands.registerPrefixDelegation(line, clusters, engine);
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setParameterExceptionHandler(
        RefusedArgument.printedAlone(line.getParameterExceptionHandler()));
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("eksdesk: " + e.getMessage());
          return ExitCodes.FAILED;
        });
    return line;
  }

  /**
   * Runs a command as the jar does.
   *
   * @param aws AWS as the commands reach it (the SDK's, given by the composition root)
   */
  public static int run(KubeCommandContext clusters, AwsAccounts aws, String... args) {
    LibraryLogging.toFile(EksdeskHome.resolve());
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    try {
      return commandLine(out, err, EngineCommandContext.fromEnvironment().withAws(aws), clusters)
          .execute(args);
    } finally {
      // Auto-flush covers println only: a command's print() would be lost at System.exit.
      out.flush();
      err.flush();
    }
  }
}
