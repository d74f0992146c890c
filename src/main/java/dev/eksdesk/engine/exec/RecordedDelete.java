package dev.eksdesk.engine.exec;

import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.Step;
import java.util.List;
import java.util.Map;

/**
 * The delete of a resource the journal knows but the plan no longer builds (a step left out of the
 * spec, the old resource of a replacement), as a step a {@link DestroyStep} deletes by the record's
 * id.
 */
final class RecordedDelete {
  private RecordedDelete() {}

  static Step step(StepRecord record, String words) {
    return new Step(
        record.stepId(),
        record.kind(),
        words + " " + record.kind().displayName() + " " + record.resourceId(),
        List.of(),
        Map.of(),
        context -> {
          throw new IllegalStateException(record.stepId() + " is deleted, never built");
        });
  }
}
