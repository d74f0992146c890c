package dev.eksdesk.cli.kube;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.RefusedArgument;
import dev.eksdesk.cli.engine.EngineCommandContext;
import dev.eksdesk.cli.engine.SavedSpecChange;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.insight.PrefixDelegationPreflight;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eksdesk cni prefix-delegation NAME --enable}: the preflight against the running cluster
 * (Nitro type, free /28 blocks per subnet), then the cluster's kept spec switched to prefix
 * delegation, its diff shown and applied (the vpc-cni add-on updated, the nodes rolled onto a
 * launch template with the higher max pods).
 */
@Command(
    name = "prefix-delegation",
    description =
        "Turn on the VPC CNI's prefix delegation: checks the node type and the subnets' free /28"
            + " blocks, shows the change, asks, then updates the vpc-cni add-on and replaces the"
            + " nodes with ones that run more pods.")
public final class PrefixDelegationCommand implements Callable<Integer> {
  private final KubeCommandContext clusters;
  private final EngineCommandContext engine;

  @Spec private CommandSpec spec;
  @Mixin private final ClusterArguments cluster = new ClusterArguments();

  @Option(names = "--enable", required = true, description = "turn prefix delegation on")
  private boolean enable;

  @Option(names = "--yes", description = "Apply without asking (scripts, CI).")
  private boolean yes;

  public PrefixDelegationCommand(KubeCommandContext clusters, EngineCommandContext engine) {
    this.clusters = clusters;
    this.engine = engine;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrefixDelegationPreflight.Result preflight;
    try (ClusterOpener.OpenCluster open = cluster.open(clusters, spec)) {
      ClusterSpec running = open.runtime().spec();
      err.println("Checking " + running.name() + " for prefix delegation...");
      List<String> held =
          open.runtime().ipView().stream().flatMap(v -> v.subnetBlocksHeld().stream()).toList();
      preflight = PrefixDelegationPreflight.check(running, catalogType(running), held);
    }
    err.println("Preflight:");
    preflight.lines().forEach(line -> err.println("  " + line));
    err.flush();
    if (!preflight.canProceed()) {
      err.println("eksdesk: prefix delegation refused; nothing was changed.");
      return ExitCodes.USAGE;
    }
    return SavedSpecChange.run(
        engine,
        cluster.account,
        cluster.name,
        yes,
        current -> current.withCni(CniMode.VPC_CNI_PREFIX_DELEGATION),
        out,
        err);
  }

  private dev.eksdesk.domain.catalog.InstanceType catalogType(ClusterSpec running) {
    String type = running.nodeGroup().instanceType();
    return engine
        .catalog()
        .find(type)
        .orElseThrow(
            () ->
                new RefusedArgument(
                    spec.commandLine(),
                    type + " is not in Eksdesk's instance catalog; its pod figures are unknown"));
  }
}
