package dev.eksdesk.kube.recycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a run ended.
 *
 * @param replaced old node name to its replacement's, in the order they were done
 * @param message for ABORTED and FAILED, what happened and what was left behind
 */
public record RecycleOutcome(
    Status status, Map<String, String> replaced, List<String> skipped, String message) {

  public enum Status {
    COMPLETED,
    ABORTED,
    FAILED
  }

  public RecycleOutcome {
    replaced = Collections.unmodifiableMap(new LinkedHashMap<>(replaced));
    skipped = List.copyOf(skipped);
  }
}
