package dev.eksdesk.engine.plan;

import dev.eksdesk.cloud.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One resource to create, and what must exist before it.
 *
 * @param id stable across runs: it names the journal entry, the {@code eksdesk:step} tag and the
 *     client token, so it must never depend on anything but the spec
 * @param description what it creates, in words ("Subnet public-a 10.0.0.0/24 in eu-central-1a")
 * @param tags tags of its own beyond the {@code eksdesk:*} ones (the EKS subnet tags)
 */
public record Step(
    String id,
    ResourceKind kind,
    String description,
    List<String> dependsOn,
    Map<String, String> tags,
    RequestBuilder request) {

  public Step {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(request, "request");
    dependsOn = List.copyOf(dependsOn);
    tags = Map.copyOf(tags);
  }

  /** Every tag its resource carries: the user's, its own, and the {@code eksdesk:*} ones. */
  public Map<String, String> allTags(String cluster, Map<String, String> userTags) {
    Map<String, String> all = new java.util.LinkedHashMap<>(userTags);
    all.putAll(tags);
    return dev.eksdesk.cloud.ResourceTags.forStep(cluster, id, all);
  }
}
