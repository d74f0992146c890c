package dev.eksdesk.domain.spec;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes taint as kubectl writes it, {@code key=value:Effect} (the value may be left out:
 * {@code key:Effect}).
 */
public record NodeTaint(String key, String value, String effect) {
  /** Kubernetes' effects, as kubectl and the spec write them. */
  public static final List<String> EFFECTS = List.of("NoSchedule", "PreferNoSchedule", "NoExecute");

  private static final Pattern TEXT =
      Pattern.compile("^(?<key>[^=:\\s]+)(=(?<value>[^=:\\s]*))?:(?<effect>[A-Za-z]+)$");

  /** Reads one; empty when it is not {@code key[=value]:Effect} with a known effect. */
  public static Optional<NodeTaint> parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.trim());
    if (!m.matches() || !EFFECTS.contains(m.group("effect"))) {
      return Optional.empty();
    }
    String value = m.group("value");
    return Optional.of(
        new NodeTaint(m.group("key"), value == null ? "" : value, m.group("effect")));
  }

  /** As kubectl writes it. */
  public String text() {
    return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect;
  }
}
