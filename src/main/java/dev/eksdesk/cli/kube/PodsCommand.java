package dev.eksdesk.cli.kube;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.Json;
import dev.eksdesk.cli.OutputFormat;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.PodRow;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eksdesk pods NAME}: every pod in every namespace, as kubectl get pods -A -o wide. */
@Command(name = "pods", description = "Every pod of the cluster: status, IP and node.")
public final class PodsCommand implements Callable<Integer> {
  private final KubeCommandContext context;

  @Spec private CommandSpec spec;
  @Mixin private final ClusterArguments cluster = new ClusterArguments();

  @Option(names = "--output", description = "text or json (default ${DEFAULT-VALUE})")
  private OutputFormat output = OutputFormat.text;

  /**
   * The JSON shape of one pod.
   *
   * @param phase the pod's phase (Pending, Running, Succeeded, Failed); {@code status} is what
   *     kubectl prints instead where it differs (ContainerCreating, Terminating)
   */
  public record Pod(
      String namespace,
      String name,
      String ready,
      String phase,
      String status,
      int restarts,
      String ip,
      String node,
      boolean hostNetwork) {}

  public PodsCommand(KubeCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    try (ClusterOpener.OpenCluster open = cluster.open(context, spec)) {
      ClusterSnapshot snapshot = SettledSnapshot.of(open.runtime());
      List<Pod> pods = snapshot.pods().stream().map(PodsCommand::pod).toList();
      var out = spec.commandLine().getOut();
      if (output == OutputFormat.json) {
        out.println(Json.write(pods));
      } else {
        String format = "%-12s %-40s %-6s %-18s %-16s %s%n";
        out.printf(format, "NAMESPACE", "NAME", "READY", "STATUS", "IP", "NODE");
        pods.forEach(
            p ->
                out.printf(
                    format,
                    p.namespace(),
                    p.name(),
                    p.ready(),
                    p.status(),
                    p.ip() == null ? "<none>" : p.ip(),
                    p.node() == null ? "<none>" : p.node()));
      }
    }
    return ExitCodes.OK;
  }

  private static Pod pod(PodRow p) {
    return new Pod(
        p.namespace(),
        p.name(),
        p.ready(),
        phase(p.status()),
        p.status(),
        p.restarts(),
        p.ip(),
        p.node(),
        p.hostNetwork());
  }

  /** kubectl's STATUS back to the phase it stands for. */
  static String phase(String status) {
    return switch (status) {
      case "ContainerCreating" -> "Pending";
      case "Terminating" -> "Running";
      default -> status;
    };
  }
}
