package dev.eksdesk.cli;

import dev.eksdesk.cli.engine.EngineCommandContext;
import dev.eksdesk.cli.engine.EngineCommands;
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
    CommandLine line = new CommandLine(new EksdeskCli());
    EngineCommands.register(line, EngineCommandContext.fromEnvironment());
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

  public static int run(String... args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    return commandLine(out, err).execute(args);
  }
}
