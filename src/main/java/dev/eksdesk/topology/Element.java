package dev.eksdesk.topology;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing the diagram draws.
 *
 * @param parentId the element it sits in ("" for the region, the root)
 * @param summary one line under the label: a CIDR, an instance type, an address
 * @param stateReason why it failed or what it waits for, in the engine's words; "" when none
 * @param details what the side panel lists, in order: ids, CIDRs, IPs, tags
 */
public record Element(
    String id,
    ElementKind kind,
    String label,
    String summary,
    String parentId,
    ElementState state,
    String stateReason,
    Map<String, String> details) {

  public Element {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(state, "state");
    summary = summary == null ? "" : summary;
    parentId = parentId == null ? "" : parentId;
    stateReason = stateReason == null ? "" : stateReason;
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public static Element of(
      String id, ElementKind kind, String label, String summary, String parentId) {
    return new Element(id, kind, label, summary, parentId, ElementState.PLANNED, "", Map.of());
  }

  public Element withState(ElementState newState, String reason) {
    return new Element(id, kind, label, summary, parentId, newState, reason, details);
  }

  public Element withSummary(String newSummary) {
    return new Element(id, kind, label, newSummary, parentId, state, stateReason, details);
  }

  public Element withParent(String newParent) {
    return new Element(id, kind, label, summary, newParent, state, stateReason, details);
  }

  /** Adds or replaces details, keeping the order of those already there; blank values skipped. */
  public Element withDetails(Map<String, String> more) {
    Map<String, String> merged = new LinkedHashMap<>(details);
    more.forEach(
        (key, value) -> {
          if (value != null && !value.isBlank()) {
            merged.put(key, value);
          }
        });
    return new Element(id, kind, label, summary, parentId, state, stateReason, merged);
  }

  public Element withDetail(String key, String value) {
    return withDetails(Collections.singletonMap(key, value));
  }
}
