package dev.eksdesk.cli.kube;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.Json;
import dev.eksdesk.cli.OutputFormat;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.NodeRow;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eksdesk nodes NAME}: the cluster's nodes, with instance, zone, pods and CNI. */
@Command(
    name = "nodes",
    description = "The cluster's nodes: instance, type, zone, IP, pods / max pods, CNI, state.",
    subcommands = RecycleCommand.class)
public final class NodesCommand implements Callable<Integer> {
  private final KubeCommandContext context;

  @Spec private CommandSpec spec;
  @Mixin private final ClusterArguments cluster = new ClusterArguments();

  @Option(names = "--output", description = "text or json (default ${DEFAULT-VALUE})")
  private OutputFormat output = OutputFormat.text;

  /** The JSON shape of one node. */
  public record Node(
      String name,
      String instanceId,
      String instanceType,
      String zone,
      String ip,
      int pods,
      int maxPods,
      String cni,
      String status,
      long ageSeconds) {}

  public NodesCommand(KubeCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    try (ClusterOpener.OpenCluster open = cluster.open(context, spec)) {
      ClusterSnapshot snapshot = SettledSnapshot.of(open.runtime());
      List<Node> nodes = snapshot.nodes().stream().map(n -> node(n, snapshot)).toList();
      var out = spec.commandLine().getOut();
      if (output == OutputFormat.json) {
        out.println(Json.write(nodes));
      } else {
        out.printf(
            "%-46s %-20s %-10s %-14s %-12s %-7s %-16s %s%n",
            "NAME", "INSTANCE", "TYPE", "ZONE", "IP", "PODS", "CNI", "STATUS");
        nodes.forEach(
            n ->
                out.printf(
                    "%-46s %-20s %-10s %-14s %-12s %-7s %-16s %s%n",
                    n.name(),
                    n.instanceId(),
                    n.instanceType(),
                    n.zone(),
                    n.ip(),
                    n.pods() + "/" + n.maxPods(),
                    n.cni(),
                    n.status()));
      }
    }
    return ExitCodes.OK;
  }

  private static Node node(NodeRow n, ClusterSnapshot snapshot) {
    return new Node(
        n.name(),
        n.instanceId(),
        n.instanceType(),
        n.zone(),
        n.internalIp(),
        n.podsRunning(),
        n.maxPods(),
        n.cni().map(CniMode::displayName).orElse("none"),
        n.status(),
        n.age(snapshot.takenAt()).toSeconds());
  }
}
