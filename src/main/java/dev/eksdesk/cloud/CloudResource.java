package dev.eksdesk.cloud;

import java.util.Map;
import java.util.Objects;

/**
 * What the account says about one resource.
 *
 * @param stateReason why it is FAILED or still PENDING, in the service's words; empty otherwise
 * @param attributes non-secret facts the engine and the topology use: {@code arn}, {@code name},
 *     {@code cidr}, {@code vpcId}, {@code subnetId}, {@code zone}, {@code privateIp}, {@code
 *     endpoint}, {@code availableIpAddressCount}, ...
 */
public record CloudResource(
    ResourceKind kind,
    String id,
    ResourceState state,
    String stateReason,
    Map<String, String> tags,
    Map<String, String> attributes) {

  public CloudResource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    stateReason = stateReason == null ? "" : stateReason;
    tags = Map.copyOf(tags);
    attributes = Map.copyOf(attributes);
  }

  public String attribute(String key) {
    return attributes.getOrDefault(key, "");
  }

  public String tag(String key) {
    return tags.getOrDefault(key, "");
  }
}
