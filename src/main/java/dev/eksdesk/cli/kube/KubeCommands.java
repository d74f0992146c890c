package dev.eksdesk.cli.kube;

import picocli.CommandLine;

/** Adds nodes (with recycle), pods and cni (with swap) to a command line. */
public final class KubeCommands {
  private KubeCommands() {}

  public static CommandLine register(CommandLine root, KubeCommandContext context) {
    CommandLine.IFactory factory = new ContextFactory(context);
    for (Class<?> command :
        new Class<?>[] {NodesCommand.class, PodsCommand.class, CniCommand.class}) {
      root.addSubcommand(new CommandLine(command, factory));
    }
    return root;
  }

  /** Makes commands with the shared context when they take one. */
  private static final class ContextFactory implements CommandLine.IFactory {
    private final KubeCommandContext context;

    ContextFactory(KubeCommandContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getConstructor(KubeCommandContext.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
