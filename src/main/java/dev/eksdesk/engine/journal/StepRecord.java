package dev.eksdesk.engine.journal;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.eksdesk.cloud.ResourceKind;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the journal knows about one step's resource: the request it was made (or last updated) with,
 * and what the account said about it.
 *
 * @param inputs the resolved request (parents' ids substituted) as attributes, see {@code
 *     engine.diff.RequestAttributes}; empty for records written by format 1, which kept none
 * @param outputs the non-secret attributes the account reported ({@code attributes} in format 1)
 * @param generation bumped when the resource vanished out of band or is replaced, so the new create
 *     gets a fresh client token (and, for node groups and launch templates, a new name)
 * @param at when the account last confirmed this record (created, found, updated or deleted)
 */
public record StepRecord(
    String stepId,
    ResourceKind kind,
    String resourceId,
    StepStatus status,
    Map<String, String> inputs,
    @JsonAlias("attributes") Map<String, String> outputs,
    int generation,
    Instant at) {

  public StepRecord {
    inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
  }

  public enum StepStatus {
    CREATED,
    DELETED,
    /**
     * The endpoint does not implement the step's operation: nothing exists, the reason is kept in
     * the outputs under {@link StepRecord#SKIPPED_REASON}, and each apply asks again.
     */
    SKIPPED
  }

  /** The output that says why a {@link StepStatus#SKIPPED} step was skipped. */
  public static final String SKIPPED_REASON = "skipped";

  /** Why the step was skipped, for a {@link StepStatus#SKIPPED} record. */
  public Optional<String> skippedReason() {
    return status == StepStatus.SKIPPED
        ? Optional.of(outputs.getOrDefault(SKIPPED_REASON, ""))
        : Optional.empty();
  }
}
