package dev.eksdesk.engine.journal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Journals compared step by step (a step's record and its pending operation): what one version
 * changed over another, and one side's changes laid over the other's.
 */
final class JournalMerge {
  private JournalMerge() {}

  /** The steps whose record or pending operation differs between the two versions. */
  static Set<String> changedSteps(JournalState from, JournalState to) {
    Set<String> changed = new TreeSet<>();
    differing(from.steps(), to.steps(), changed);
    differing(pendingByStep(from), pendingByStep(to), changed);
    return changed;
  }

  /**
   * {@code base} with the records and pending operations of {@code steps} taken from {@code ours}.
   */
  static JournalState overlay(JournalState base, JournalState ours, Set<String> steps) {
    Map<String, StepRecord> records = new LinkedHashMap<>(base.steps());
    Map<String, PendingOperation> pending = new LinkedHashMap<>(pendingByStep(base));
    Map<String, PendingOperation> ourPending = pendingByStep(ours);
    for (String step : steps) {
      put(records, step, ours.steps().get(step));
      put(pending, step, ourPending.get(step));
    }
    return new JournalState(
        JournalState.FORMAT,
        Math.max(base.serial() + 1, ours.serial()),
        ours.cluster(),
        ours.region(),
        ours.updatedAt(),
        records,
        List.copyOf(pending.values()));
  }

  private static <T> void put(Map<String, T> map, String key, T value) {
    if (value == null) {
      map.remove(key);
    } else {
      map.put(key, value);
    }
  }

  private static <T> void differing(Map<String, T> a, Map<String, T> b, Set<String> into) {
    Set<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    keys.stream().filter(k -> !Objects.equals(a.get(k), b.get(k))).forEach(into::add);
  }

  private static Map<String, PendingOperation> pendingByStep(JournalState state) {
    return state.pending().stream()
        .collect(
            Collectors.toMap(
                PendingOperation::stepId, Function.identity(), (a, b) -> b, LinkedHashMap::new));
  }
}
