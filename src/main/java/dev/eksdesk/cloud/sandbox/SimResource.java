package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One resource in the simulated account. Mutable, guarded by the account's lock; its state is a
 * function of time (ready at {@code readyAt}, gone at {@code goneAt}), evaluated when looked at.
 */
final class SimResource {
  ResourceKind kind;
  String id;
  Map<String, String> tags = new LinkedHashMap<>();
  Map<String, String> attributes = new LinkedHashMap<>();
  List<String> references = new ArrayList<>();

  /** The request's text, to find sub-resources by what they are. */
  String requestKey = "";

  String clientToken = "";
  Instant createdAt;
  Instant visibleAt;
  Instant readyAt;

  /** When others may use it (an IAM role assumable by EKS); null means at once. */
  Instant usableAt;

  Instant deletingSince;
  Instant goneAt;
  String failure = "";

  /** Whether its side effects at readiness (node group instances) have happened. */
  boolean materialized;

  SimResource() {}

  SimResource(ResourceKind kind, String id, Instant now) {
    this.kind = kind;
    this.id = id;
    this.createdAt = now;
    this.visibleAt = now;
    this.readyAt = now;
  }

  ResourceState state(Instant now) {
    if (goneAt != null && !now.isBefore(goneAt)) {
      return ResourceState.DELETED;
    }
    if (deletingSince != null) {
      return ResourceState.DELETING;
    }
    if (!failure.isEmpty()) {
      return ResourceState.FAILED;
    }
    return now.isBefore(readyAt) ? ResourceState.PENDING : ResourceState.READY;
  }

  boolean alive(Instant now) {
    return state(now) != ResourceState.DELETED;
  }

  boolean visible(Instant now) {
    return !now.isBefore(visibleAt);
  }

  CloudResource toCloud(Instant now) {
    ResourceState state = state(now);
    String reason =
        switch (state) {
          case PENDING ->
              kind == ResourceKind.EKS_CLUSTER || kind == ResourceKind.EKS_NODEGROUP
                  ? "CREATING"
                  : "pending";
          case FAILED -> failure;
          case DELETING -> "deleting";
          default -> "";
        };
    return new CloudResource(kind, id, state, reason, tags, attributes);
  }
}
