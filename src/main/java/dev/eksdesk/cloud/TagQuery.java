package dev.eksdesk.cloud;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which resources an inventory returns: those matching any of the matches, or all when there are
 * none. Maps onto the Resource Groups Tagging API's GetResources (plus IAM's tag listing).
 */
public record TagQuery(List<Match> anyOf) {
  public TagQuery {
    anyOf = List.copyOf(anyOf);
  }

  public static TagQuery all() {
    return new TagQuery(List.of());
  }

  public static TagQuery anyOf(List<Match> matches) {
    return new TagQuery(matches);
  }

  public boolean matches(Map<String, String> tags) {
    return anyOf.isEmpty() || anyOf.stream().anyMatch(m -> m.matches(tags));
  }

  /** One tag, with a value to equal. */
  public record Match(String key, String value) {
    public Match {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }

    public static Match value(String key, String value) {
      return new Match(key, value);
    }

    boolean matches(Map<String, String> tags) {
      return value.equals(tags.get(key));
    }
  }
}
