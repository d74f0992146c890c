package dev.eksdesk.domain.catalog;

/** The hours AWS bills a month at (365 × 24 / 12). */
public final class Hours {
  public static final double PER_MONTH = 730.0;

  private Hours() {}
}
