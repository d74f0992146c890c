package dev.eksdesk.engine.journal;

import dev.eksdesk.cloud.ResourceKind;
import java.time.Instant;
import java.util.Map;

/**
 * What the journal knows about one step's resource.
 *
 * @param generation bumped when the resource vanished out of band and is created anew, so the new
 *     create gets a fresh client token
 * @param at when the account last confirmed this record (created, found or deleted)
 */
public record StepRecord(
    String stepId,
    ResourceKind kind,
    String resourceId,
    StepStatus status,
    Map<String, String> attributes,
    int generation,
    Instant at) {

  public StepRecord {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  public enum StepStatus {
    CREATED,
    DELETED
  }
}
