package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ContextFactory;
import picocli.CommandLine;

/**
 * Adds plan, apply, destroy, status, kubeconfig, sandbox (with inventory) and clusters (with list)
 * to a command line, all sharing one context. Listing the command classes in the root's {@code
 * subcommands} works too; they then use {@link EngineCommandContext#fromEnvironment()}.
 */
public final class EngineCommands {
  private EngineCommands() {}

  public static CommandLine register(CommandLine root, EngineCommandContext context) {
    CommandLine.IFactory factory = new ContextFactory<>(EngineCommandContext.class, context);
    for (Class<?> command :
        new Class<?>[] {
          PlanCommand.class,
          ApplyCommand.class,
          DestroyCommand.class,
          StatusCommand.class,
          KubeconfigCommand.class,
          SandboxCommand.class,
          ClustersCommand.class,
          AccessCommand.class,
          UpgradeCommand.class,
          StateCommand.class
        }) {
      root.addSubcommand(new CommandLine(command, factory));
    }
    return root;
  }

  /**
   * Adds {@code scale} and {@code retype} under the root's {@code nodes} command (registered by the
   * kube side).
   */
  public static void registerNodeChanges(CommandLine root, EngineCommandContext context) {
    CommandLine.IFactory factory = new ContextFactory<>(EngineCommandContext.class, context);
    CommandLine nodes = root.getSubcommands().get("nodes");
    nodes.addSubcommand(new CommandLine(NodesScaleCommand.class, factory));
    nodes.addSubcommand(new CommandLine(NodesRetypeCommand.class, factory));
  }
}
