package dev.eksdesk.domain.catalog;

import java.util.List;

/** An instance type name not in the catalog, with the names it was probably meant to be. */
public final class UnknownInstanceTypeException extends IllegalArgumentException {
  private final List<String> closeMatches;

  public UnknownInstanceTypeException(String name, List<String> closeMatches) {
    super(
        "unknown instance type '"
            + name
            + "'"
            + (closeMatches.isEmpty()
                ? ""
                : "; did you mean " + String.join(", ", closeMatches) + "?"));
    this.closeMatches = List.copyOf(closeMatches);
  }

  public List<String> closeMatches() {
    return closeMatches;
  }
}
