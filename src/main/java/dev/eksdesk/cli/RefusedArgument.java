package dev.eksdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A command line that parses but names what cannot be used (a cluster that does not exist, an
 * account that cannot be opened, a type the catalog lacks): exit code 2 like a usage error, said in
 * one line without the usage, which would hide the reason.
 */
public final class RefusedArgument extends ParameterException {
  private static final long serialVersionUID = 1L;

  public RefusedArgument(CommandLine commandLine, String message) {
    super(commandLine, message);
  }

  /** Prints refused arguments in one line; hands every other parse error to {@code usage}. */
  static CommandLine.IParameterExceptionHandler printedAlone(
      CommandLine.IParameterExceptionHandler usage) {
    return (error, args) -> {
      if (!(error instanceof RefusedArgument)) {
        return usage.handleParseException(error, args);
      }
      CommandLine command = error.getCommandLine();
      command.getErr().println("eksdesk: " + error.getMessage());
      return command.getCommandSpec().exitCodeOnInvalidInput();
    };
  }
}
