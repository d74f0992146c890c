package dev.eksdesk.domain.spec;

/** A required field of the spec was left out. */
public final class MissingFieldException extends IllegalArgumentException {
  private final String field;

  public MissingFieldException(String field) {
    super("'" + field + "' is required");
    this.field = field;
  }

  public String field() {
    return field;
  }
}
