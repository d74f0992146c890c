package dev.eksdesk.engine.diff;

import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.UpdateOperation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What apply will do to one step's resource and why.
 *
 * @param step the step id ({@code eks:nodegroup}); a resource left by a replacement is {@code
 *     <step>@replaced}
 * @param description the step's words from the plan (what the UI shows; the cost delta is read from
 *     the kind and the attributes)
 * @param resourceId the account's id of what exists now; empty for a create
 * @param attributes what changes, in request order, tags last
 * @param reason why, in words: "changed outside Eksdesk", "forces replacement", "deleted outside
 *     Eksdesk", "no longer in the spec", "found by its tags", "an interrupted update"; empty when
 *     the spec asks for it
 * @param drift whether the account differs from what the journal recorded (an out-of-band change)
 * @param deleteFirst for a REPLACE: the old resource is deleted before its successor is created
 *     (its name must be unique, or a parent is replaced that way), so there is a gap
 */
public record Change(
    String step,
    ResourceKind kind,
    ChangeAction action,
    String description,
    String resourceId,
    List<AttributeChange> attributes,
    String reason,
    boolean drift,
    boolean deleteFirst) {

  public Change {
    attributes = List.copyOf(attributes);
  }

  public Change(
      String step,
      ResourceKind kind,
      ChangeAction action,
      String description,
      String resourceId,
      List<AttributeChange> attributes,
      String reason,
      boolean drift) {
    this(step, kind, action, description, resourceId, attributes, reason, drift, false);
  }

  /** The updates apply makes, in the order it makes them (EKS takes one at a time). */
  public List<UpdateOperation> operations() {
    Set<UpdateOperation> operations = new LinkedHashSet<>();
    for (AttributeChange attribute : attributes) {
      if (attribute.name().startsWith(PlanDiff.TAG_PREFIX)) {
        operations.add(UpdateOperation.TAGS);
      } else {
        AttributeRule rule = AttributeTable.rule(kind, attribute.name());
        if (rule.effect() == AttributeRule.Effect.UPDATE) {
          operations.add(rule.operation());
        }
      }
    }
    return operations.stream().sorted().toList();
  }
}
