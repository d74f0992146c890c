package dev.eksdesk.engine.diff;

/** How many steps get each action: the plan's last line and the JSON's {@code summary}. */
public record DiffSummary(
    int create, int update, int replace, int delete, int adopt, int unchanged) {

  /** "Plan: 1 to create, 1 to update, 0 to replace, 3 to delete, 0 to adopt, 38 unchanged." */
  public String line() {
    return String.format(
        "Plan: %d to create, %d to update, %d to replace, %d to delete, %d to adopt, %d unchanged.",
        create, update, replace, delete, adopt, unchanged);
  }
}
