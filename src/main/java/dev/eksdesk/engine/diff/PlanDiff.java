package dev.eksdesk.engine.diff;

import java.util.List;
import java.util.Optional;

/**
 * The plan as a diff: one {@link Change} per step of the spec's plan (in dependency order), then
 * the deletes (dependents first). Apply executes exactly this; the UI groups it by resource and
 * prices it from each change's kind and attributes.
 */
public record PlanDiff(String cluster, List<Change> changes) {
  /** Attribute names of tag changes start with this: {@code tags.team}. */
  public static final String TAG_PREFIX = "tags.";

  public PlanDiff {
    changes = List.copyOf(changes);
  }

  public Optional<Change> change(String step) {
    return changes.stream().filter(c -> c.step().equals(step)).findFirst();
  }

  public List<Change> with(ChangeAction action) {
    return changes.stream().filter(c -> c.action() == action).toList();
  }

  public DiffSummary summary() {
    return new DiffSummary(
        with(ChangeAction.CREATE).size(),
        with(ChangeAction.UPDATE).size(),
        with(ChangeAction.REPLACE).size(),
        with(ChangeAction.DELETE).size(),
        with(ChangeAction.ADOPT).size(),
        with(ChangeAction.SAME).size());
  }

  /**
   * Whether nothing that exists is changed or deleted (a first apply, a resume): no need to ask.
   */
  public boolean onlyAdds() {
    return changes.stream().noneMatch(c -> c.action().changesWhatExists());
  }

  /** Whether applying changes nothing at all. */
  public boolean isEmpty() {
    return changes.stream().allMatch(c -> c.action() == ChangeAction.SAME);
  }

  /**
   * Whether another diff makes the same changes (the refresh at apply time against the plan that
   * was shown): same steps, actions and attribute values.
   */
  public boolean sameChangesAs(PlanDiff other) {
    return changes.stream()
        .filter(c -> c.action() != ChangeAction.SAME)
        .map(PlanDiff::key)
        .toList()
        .equals(
            other.changes.stream()
                .filter(c -> c.action() != ChangeAction.SAME)
                .map(PlanDiff::key)
                .toList());
  }

  private static String key(Change c) {
    return c.step() + " " + c.action() + " " + c.attributes();
  }
}
