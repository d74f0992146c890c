package dev.eksdesk.cli.engine;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eksdesk nodes retype NAME --to t3.small --sandbox}: the node group's instance type changed
 * in the cluster's kept spec, the diff and cost shown, then the group replaced create before
 * destroy.
 */
@Command(
    name = "retype",
    description =
        "Change the node group's instance type of a running cluster: a new group first, then the"
            + " old one deleted; shows the change, its cost and the room for pods, asks, applies.")
public final class NodesRetypeCommand implements Callable<Integer> {
  private final EngineCommandContext context;

  @Mixin private SpecChangeTarget target = new SpecChangeTarget();

  @Option(names = "--to", required = true, paramLabel = "TYPE", description = "e.g. t3.small")
  private String instanceType;

  public NodesRetypeCommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return target.apply(
        context,
        current -> current.withNodeGroup(current.nodeGroup().withInstanceType(instanceType)));
  }
}
