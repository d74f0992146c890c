package dev.eksdesk.cloud;

/** What a metric's values count. */
public enum MetricUnit {
  PERCENT("%"),
  BYTES("bytes"),
  COUNT("");

  private final String symbol;

  MetricUnit(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
