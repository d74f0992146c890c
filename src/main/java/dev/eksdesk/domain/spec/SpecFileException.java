package dev.eksdesk.domain.spec;

import java.util.List;

/** A spec file that cannot be read, with every problem found and where. */
public final class SpecFileException extends Exception {
  private final List<SpecProblem> problems;

  public SpecFileException(String source, List<SpecProblem> problems) {
    super(
        source
            + " is not a valid cluster spec:\n  "
            + String.join("\n  ", problems.stream().map(SpecProblem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<SpecProblem> problems() {
    return problems;
  }
}
