package dev.eksdesk.engine.exec;

/**
 * Replaces one step's resource create-before-destroy: the journal keeps the old one under {@code
 * <step>@replaced} (deleted at the end of the run, once nothing uses it) and the step's next
 * generation is created like any new resource, with a fresh client token and name.
 */
final class ReplaceStep implements StepWork {
  private final String stepId;
  private final RunContext run;
  private final ApplyStep create;
  private boolean begun;

  ReplaceStep(String stepId, RunContext run, ApplyStep create) {
    this.stepId = stepId;
    this.run = run;
    this.create = create;
  }

  @Override
  public Progress next() {
    if (!begun) {
      run.journal().beginReplacement(stepId);
      begun = true;
    }
    return create.next();
  }
}
