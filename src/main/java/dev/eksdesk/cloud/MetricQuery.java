package dev.eksdesk.cloud;

import java.util.Objects;

/**
 * One series to read: a metric of one resource.
 *
 * @param resourceId the dimension's value: an instance id, a NAT gateway id or the cluster's name
 */
public record MetricQuery(MetricKind kind, String resourceId) {
  public MetricQuery {
    Objects.requireNonNull(kind, "kind");
    if (resourceId == null || resourceId.isBlank()) {
      throw new IllegalArgumentException("a metric query needs the resource it is about");
    }
  }
}
