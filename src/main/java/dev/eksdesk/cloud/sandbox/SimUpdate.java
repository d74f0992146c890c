package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.UpdateOperation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An asynchronous update in the simulated account (EKS's updates): in progress until {@code
 * doneAt}, when its attributes are applied to the resource.
 */
final class SimUpdate {
  String id;
  String resourceId;
  UpdateOperation operation;
  String clientToken = "";
  Map<String, String> attributes = new LinkedHashMap<>();
  Instant doneAt;
  boolean applied;

  SimUpdate() {}

  SimUpdate(String id, String resourceId, UpdateOperation operation, Instant doneAt) {
    this.id = id;
    this.resourceId = resourceId;
    this.operation = operation;
    this.doneAt = doneAt;
  }
}
