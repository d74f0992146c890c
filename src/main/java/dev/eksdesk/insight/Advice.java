package dev.eksdesk.insight;

/** One thing to do about address or pod exhaustion, with the numbers that justify it. */
public record Advice(Severity severity, String title, String detail) {
  public enum Severity {
    INFO,
    WARNING,
    CRITICAL
  }
}
