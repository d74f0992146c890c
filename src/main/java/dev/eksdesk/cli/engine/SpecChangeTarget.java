package dev.eksdesk.cli.engine;

import dev.eksdesk.domain.spec.ClusterSpec;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every day-two command takes (the cluster's name, the account, {@code --yes}) and how it
 * applies its edit of the kept spec: through {@link SavedSpecChange}, printing where the command
 * prints.
 */
public final class SpecChangeTarget {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Parameters(index = "0", paramLabel = "NAME", description = "the cluster's name")
  private String cluster;

  @Option(names = "--yes", description = "Apply without asking (scripts, CI).")
  private boolean yes;

  @Mixin private AccountOptions accountOptions = new AccountOptions();

  int apply(EngineCommandContext context, UnaryOperator<ClusterSpec> edit) throws Exception {
    return apply(context, edit, SavedSpecChange.Preflight.NONE);
  }

  int apply(
      EngineCommandContext context,
      UnaryOperator<ClusterSpec> edit,
      SavedSpecChange.Preflight preflight)
      throws Exception {
    return SavedSpecChange.run(
        context,
        accountOptions,
        cluster,
        yes,
        edit,
        preflight,
        command.commandLine().getOut(),
        command.commandLine().getErr());
  }
}
