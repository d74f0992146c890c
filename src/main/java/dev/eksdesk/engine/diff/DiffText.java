package dev.eksdesk.engine.diff;

import java.util.stream.Collectors;

/**
 * A diff the way Terraform prints one: a symbol per resource ({@code +}, {@code ~}, {@code -/+},
 * {@code -}, {@code <=}), attribute {@code old -> new}, "forces replacement", and a summary line.
 * Unchanged steps are left out.
 */
public final class DiffText {
  private DiffText() {}

  public static String render(PlanDiff diff, String accountName) {
    StringBuilder text = new StringBuilder();
    if (diff.isEmpty()) {
      return "No changes: cluster "
          + diff.cluster()
          + " in "
          + accountName
          + " matches the spec ("
          + diff.changes().size()
          + " steps).\n";
    }
    text.append("Changes to cluster ")
        .append(diff.cluster())
        .append(" in ")
        .append(accountName)
        .append(":\n\n");
    for (Change change : diff.changes()) {
      if (change.action() == ChangeAction.SAME) {
        continue;
      }
      text.append(String.format("%4s %s", change.action().symbol(), change.step()))
          .append(" (")
          .append(change.kind().displayName())
          .append(change.resourceId().isEmpty() ? "" : " " + change.resourceId())
          .append(")");
      String why = reason(change);
      if (!why.isEmpty()) {
        text.append("  # ").append(why);
      }
      text.append('\n');
      for (AttributeChange attribute : change.attributes()) {
        text.append("       ")
            .append(attribute.name())
            .append(": ")
            .append(shown(attribute.from()))
            .append(" -> ")
            .append(shown(attribute.to()))
            .append(attribute.forcesReplacement() ? "  # forces replacement" : "")
            .append('\n');
      }
    }
    return text.append('\n').append(diff.summary().line()).append('\n').toString();
  }

  private static String reason(Change change) {
    if (change.action() == ChangeAction.REPLACE && change.reason().isEmpty()) {
      return "forces replacement: "
          + change.attributes().stream()
              .filter(AttributeChange::forcesReplacement)
              .map(AttributeChange::name)
              .collect(Collectors.joining(", "));
    }
    return change.reason();
  }

  private static String shown(String value) {
    return value.isEmpty() ? "(none)" : value;
  }
}
