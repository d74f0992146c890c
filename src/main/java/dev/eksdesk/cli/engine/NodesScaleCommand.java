package dev.eksdesk.cli.engine;

import dev.eksdesk.domain.spec.NodeGroupSpec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "the cluster's name")
  private String cluster;

  @Option(names = "--desired", required = true, description = "how many nodes to run")
  private int desired;

  @Option(names = "--min", description = "the fewest nodes (default: as now)")
  private Integer min;

  @Option(names = "--max", description = "the most nodes (default: as now)")
  private Integer max;

  @Option(names = "--yes", description = "Apply without asking (scripts, CI).")
  private boolean yes;

  @Mixin private AccountOptions accountOptions = new AccountOptions();

  public NodesScaleCommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return SavedSpecChange.run(
        context,
        accountOptions,
        cluster,
        yes,
        current -> {
          NodeGroupSpec group = current.nodeGroup();
          return current.withNodeGroup(
              group.withSizes(
                  desired,
                  min == null ? group.minSize() : min,
                  max == null ? group.maxSize() : max));
        },
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }
}
