package dev.eksdesk.engine.diff;

import dev.eksdesk.engine.journal.StepRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The order in which recorded resources can be deleted: one before anything it refers to (a rule
 * before its group, a route before its NAT gateway), read from the ids in the recorded inputs.
 */
public final class DeleteOrder {
  private DeleteOrder() {}

  public static List<StepRecord> of(List<StepRecord> records) {
    List<StepRecord> pool = new ArrayList<>(records);
    List<StepRecord> ordered = new ArrayList<>();
    while (!pool.isEmpty()) {
      StepRecord next =
          pool.stream()
              .filter(
                  candidate ->
                      pool.stream()
                          .filter(other -> other != candidate)
                          .noneMatch(other -> refersTo(other, candidate.resourceId())))
              .findFirst()
              .orElse(pool.get(0));
      pool.remove(next);
      ordered.add(next);
    }
    return ordered;
  }

  /** Whether a recorded resource's request named the id (a rule in a group, a route to a NAT). */
  public static boolean refersTo(StepRecord record, String resourceId) {
    return record.inputs().values().stream()
        .anyMatch(v -> Arrays.asList(v.split(",")).contains(resourceId));
  }
}
