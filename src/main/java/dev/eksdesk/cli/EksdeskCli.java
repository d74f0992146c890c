package dev.eksdesk.cli;

import dev.eksdesk.cli.engine.EngineCommandContext;
import dev.eksdesk.cli.engine.EngineCommands;
import dev.eksdesk.cli.kube.ClusterOpener;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.cli.kube.KubeCommands;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line face of Eksdesk: the same domain and engine as the desktop app. */
@Command(
    name = "eksdesk",
    mixinStandardHelpOptions = true,
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
    CommandLine line = new CommandLine(new EksdeskCli());
    EngineCommandContext engine = EngineCommandContext.fromEnvironment();
    EngineCommands.register(line, engine);
    KubeCommands.register(line, clusters);
    EngineCommands.registerNodeChanges(line, engine);
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("eksdesk: " + e.getMessage());
          return ExitCodes.FAILED;
        });
    return line;
  }

  public static int run(KubeCommandContext clusters, String... args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    return commandLine(out, err, clusters).execute(args);
  }
}
