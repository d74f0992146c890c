package dev.eksdesk.cli.engine;

import dev.eksdesk.engine.diff.Change;
import dev.eksdesk.engine.diff.ChangeAction;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.journal.ClusterJournal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The symbol a progress line gives a step that changed the account: the action of its change in the
 * diff being applied (DiffText's symbols), so a delete never reads as a create.
 */
final class StepSymbols {
  private StepSymbols() {}

  /**
   * For an apply of {@code diff}: each step's action; the old resource of a replacement ({@code
   * <step>@replaced}) is a delete; a step the diff calls unchanged but that had to be made (a
   * resume) is a create.
   */
  static Function<String, String> of(PlanDiff diff) {
    Map<String, ChangeAction> actions =
        diff.changes().stream().collect(Collectors.toMap(Change::step, Change::action));
    return step -> {
      if (step.endsWith(ClusterJournal.REPLACED_SUFFIX)) {
        return ChangeAction.DELETE.symbol();
      }
      ChangeAction action = actions.getOrDefault(step, ChangeAction.CREATE);
      return (action == ChangeAction.SAME ? ChangeAction.CREATE : action).symbol();
    };
  }

  /** For a destroy: everything it does is a delete. */
  static Function<String, String> destroy() {
    return step -> ChangeAction.DELETE.symbol();
  }
}
