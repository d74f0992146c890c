package dev.eksdesk.cli.kube;

import dev.eksdesk.cli.ContextFactory;
import dev.eksdesk.cli.engine.EngineCommandContext;
import picocli.CommandLine;

/** Adds nodes (with recycle), pods and cni (with swap and prefix-delegation) to a command line. */
public final class KubeCommands {
  private KubeCommands() {}

  public static CommandLine register(CommandLine root, KubeCommandContext context) {
    CommandLine.IFactory factory = new ContextFactory<>(KubeCommandContext.class, context);
    for (Class<?> command :
        new Class<?>[] {NodesCommand.class, PodsCommand.class, CniCommand.class}) {
      root.addSubcommand(new CommandLine(command, factory));
    }
    return root;
  }

  /**
   * Adds {@code prefix-delegation} under {@code cni}: it checks the running cluster, then changes
   * the kept spec as the engine's commands do.
   */
  public static void registerPrefixDelegation(
      CommandLine root, KubeCommandContext clusters, EngineCommandContext engine) {
    root.getSubcommands()
        .get("cni")
        .addSubcommand(new CommandLine(new PrefixDelegationCommand(clusters, engine)));
  }
}
