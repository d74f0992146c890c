package dev.eksdesk.cli.engine;

import dev.eksdesk.domain.spec.NodeGroupSpec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eksdesk nodes scale NAME --desired 3 --sandbox}: the node group's sizes changed in the
 * cluster's kept spec, the diff and cost shown, then applied in place (UpdateNodegroupConfig).
 */
@Command(
    name = "scale",
    description =
        "Change the node group's desired (and min/max) size of a running cluster: shows the"
            + " change, its cost and the room for pods, asks, applies.")
public final class NodesScaleCommand implements Callable<Integer> {
  private final EngineCommandContext context;

  @Mixin private SpecChangeTarget target = new SpecChangeTarget();

  @Option(names = "--desired", required = true, description = "how many nodes to run")
  private int desired;

  @Option(names = "--min", description = "the fewest nodes (default: as now)")
  private Integer min;

  @Option(names = "--max", description = "the most nodes (default: as now)")
  private Integer max;

  public NodesScaleCommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return target.apply(
        context,
        current -> {
          NodeGroupSpec group = current.nodeGroup();
          return current.withNodeGroup(
              group.withSizes(
                  desired,
                  min == null ? group.minSize() : min,
                  max == null ? group.maxSize() : max));
        });
  }
}
