package dev.eksdesk.ui.wizard;

import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.engine.diff.AttributeChange;
import dev.eksdesk.engine.diff.Change;
import dev.eksdesk.engine.diff.ChangeAction;
import dev.eksdesk.engine.diff.PlanDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A diff for the Review page: its changes grouped by kind of resource, each in one line with the
 * symbols of {@link dev.eksdesk.engine.diff.DiffText} ({@code ~ eks:nodegroup: desiredSize 2 ->
 * 3}); unchanged steps are left out.
 */
public final class ChangeGroups {
  private ChangeGroups() {}

  /** One resource's change; destructive ones (replace, delete) are drawn in red. */
  public record Line(String text, boolean destructive) {}

  public record Group(String title, List<Line> lines) {}

  public static List<Group> of(PlanDiff diff) {
    Map<ResourceKind, List<Line>> byKind = new LinkedHashMap<>();
    for (Change change : diff.changes()) {
      if (change.action() != ChangeAction.SAME) {
        byKind.computeIfAbsent(change.kind(), k -> new ArrayList<>()).add(line(change));
      }
    }
    return byKind.entrySet().stream()
        .map(e -> new Group(e.getKey().displayName(), List.copyOf(e.getValue())))
        .toList();
  }

  static Line line(Change change) {
    StringBuilder text =
        new StringBuilder(change.action().symbol()).append(' ').append(change.step());
    if (!change.attributes().isEmpty()) {
      text.append(": ")
          .append(
              change.attributes().stream()
                  .map(ChangeGroups::attribute)
                  .collect(Collectors.joining(", ")));
    }
    if (!change.reason().isEmpty()) {
      text.append("  (").append(change.reason()).append(')');
    }
    boolean destructive =
        change.action() == ChangeAction.REPLACE || change.action() == ChangeAction.DELETE;
    return new Line(text.toString(), destructive);
  }

  private static String attribute(AttributeChange attribute) {
    return attribute.name()
        + " "
        + (attribute.from().isEmpty() ? "(none)" : attribute.from())
        + " -> "
        + (attribute.to().isEmpty() ? "(none)" : attribute.to())
        + (attribute.forcesReplacement() ? " (forces replacement)" : "");
  }
}
