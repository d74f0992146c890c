package dev.eksdesk.engine.diff;

import java.util.List;

/**
 * The spec asks for a change that must not be applied as it stands (a version downgrade or skip, a
 * replacement that loses what runs in it): each problem names the spec key and what to do. Nothing
 * was changed.
 */
public final class PlanRefusedException extends Exception {
  private final List<String> problems;

  public PlanRefusedException(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
