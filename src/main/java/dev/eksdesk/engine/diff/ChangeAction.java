package dev.eksdesk.engine.diff;

/** What apply will do to one step's resource, with Terraform's symbols. */
public enum ChangeAction {
  CREATE("+"),
  UPDATE("~"),
  /** A new resource for the step, then (or, where names collide, after) the old one deleted. */
  REPLACE("-/+"),
  DELETE("-"),
  /** Found by its {@code eksdesk:*} tags but not in the journal: taken over as it is. */
  ADOPT("<="),
  SAME(" ");

  private final String symbol;

  ChangeAction(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether apply asks before it: something that exists is changed or deleted. */
  public boolean changesWhatExists() {
    return this == UPDATE || this == REPLACE || this == DELETE;
  }
}
