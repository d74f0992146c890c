package dev.eksdesk.cli.engine;

import dev.eksdesk.session.UpgradePreflight;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eksdesk upgrade NAME --to 1.34 --sandbox}: one minor version up, the control plane first,
 * then the add-ons to their versions for it, then the node group (rolling); the preflight and the
 * support end and fee shown before the diff.
 */
@Command(
    name = "upgrade",
    description =
        "Upgrade a running cluster's Kubernetes one minor version: control plane, add-ons, then"
            + " nodes. Shows what blocks or warns, the support end and fee, the change; asks,"
            + " applies.")
public final class UpgradeCommand implements Callable<Integer> {
  private final EngineCommandContext context;

  @Mixin private SpecChangeTarget target = new SpecChangeTarget();

  @Option(
      names = "--to",
      required = true,
      paramLabel = "VERSION",
      description = "the next minor version, e.g. 1.34")
  private String version;

  public UpgradeCommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return target.apply(
        context,
        current -> current.withControlPlane(current.controlPlane().withKubernetesVersion(version)),
        (diff, session, out, err) -> {
          UpgradePreflight preflight =
              UpgradePreflight.check(
                  version,
                  diff,
                  session.account()::addonVersion,
                  session.account().upgradeInsights(diff.cluster(), version),
                  LocalDate.now(ZoneOffset.UTC));
          // what the preflight found is advice, never the command's result
          preflight.lines().forEach(err::println);
          return !preflight.blocked();
        });
  }
}
