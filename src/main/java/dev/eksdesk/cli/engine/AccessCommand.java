package dev.eksdesk.cli.engine;

import dev.eksdesk.domain.spec.ClusterSpec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

    @Mixin private SpecChangeTarget target = new SpecChangeTarget();

    public FollowIp(EngineCommandContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws Exception {
      return target.apply(context, ClusterSpec::withAccessFromOperatorOnly);
    }
  }
}
