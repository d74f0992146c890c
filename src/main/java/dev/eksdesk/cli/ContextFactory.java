package dev.eksdesk.cli;

import picocli.CommandLine;

/**
 * Makes commands with a shared context when they have a constructor taking it, and the rest with
 * picocli's default factory.
 */
public final class ContextFactory<C> implements CommandLine.IFactory {
  private final Class<C> contextType;
  private final C context;

  public ContextFactory(Class<C> contextType, C context) {
    this.contextType = contextType;
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    try {
      return type.getConstructor(contextType).newInstance(context);
    } catch (NoSuchMethodException e) {
      return CommandLine.defaultFactory().create(type);
    }
  }
}
