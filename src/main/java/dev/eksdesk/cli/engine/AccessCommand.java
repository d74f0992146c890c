package dev.eksdesk.cli.engine;

import dev.eksdesk.domain.spec.ClusterSpec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksdesk access ...}: who may reach a running cluster. */
@Command(
    name = "access",
    description = "Who may reach a running cluster's API endpoint and bastion.",
    subcommands = AccessCommand.FollowIp.class)
public final class AccessCommand {

  /**
   * {@code eksdesk access follow-ip NAME}: the API endpoint's public CIDRs and the bastion's SSH
   * rule become "my-ip" in the kept spec, resolved to this machine's address now, and applied.
   */
  @Command(
      name = "follow-ip",
      description =
          "Let only this machine's current address reach the API endpoint and the bastion's SSH"
              + " (after a network change): shows the change, asks, applies.")
  public static final class FollowIp implements Callable<Integer> {
    private final EngineCommandContext context;

    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "the cluster's name")
    private String cluster;

    @Option(names = "--yes", description = "Apply without asking (scripts, CI).")
    private boolean yes;

    @Mixin private AccountOptions accountOptions = new AccountOptions();

    public FollowIp(EngineCommandContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws Exception {
      return SavedSpecChange.run(
          context,
          accountOptions,
          cluster,
          yes,
          ClusterSpec::withAccessFromOperatorOnly,
          spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
  }
}
