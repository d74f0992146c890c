package dev.eksdesk.topology;

import dev.eksdesk.cloud.ResourceState;
import java.util.Locale;

/** Where an element is in its life, as the engine or the account reports it. */
public enum ElementState {
  PLANNED,
  CREATING,
  READY,
  FAILED,
  DELETING,
  DELETED;

  public static ElementState of(ResourceState state) {
    return switch (state) {
      case PENDING -> CREATING;
      case READY -> READY;
      case FAILED -> FAILED;
      case DELETING -> DELETING;
      case DELETED -> DELETED;
    };
  }

  public String displayName() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }

  /** The style class the diagram and the SVG export give it, e.g. {@code state-ready}. */
  public String styleClass() {
    return "state-" + name().toLowerCase(Locale.ROOT);
  }
}
