package dev.eksdesk.cli.kube;

import dev.eksdesk.cli.ContextFactory;
import picocli.CommandLine;

/** Adds nodes (with recycle), pods and cni (with swap) to a command line. */
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
}
