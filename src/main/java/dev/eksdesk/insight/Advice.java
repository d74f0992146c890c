package dev.eksdesk.insight;

/**
 * One thing to do about address or pod exhaustion, with the numbers that justify it.
 *
 * @param remedy the operation that does it, for a button; {@link Remedy#NONE} for advice to read
 * @param suggestedType the instance type the advice names, for its button to start from; empty when
 *     it names none
 */
public record Advice(
    Severity severity, String title, String detail, Remedy remedy, String suggestedType) {
  /** The day-2 operations an advice card can start. */
  public enum Remedy {
    NONE,
    PREFIX_DELEGATION,
    LARGER_TYPE,
    CALICO_SWAP
  }

  public Advice(Severity severity, String title, String detail, Remedy remedy) {
    this(severity, title, detail, remedy, "");
  }

  public Advice(Severity severity, String title, String detail) {
    this(severity, title, detail, Remedy.NONE);
  }

  public enum Severity {
    INFO,
    WARNING,
    CRITICAL
  }
}
