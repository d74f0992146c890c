package dev.eksdesk.cloud;

import java.time.LocalDate;

/**
 * Cost Explorer. Every request is billed ($0.01, each page too), so callers go through {@link
 * CostReportCache}.
 */
public interface CostReportSource {

  /**
   * Days from {@code days} days before {@code today} (at least the whole month so far), forecast.
   */
  CostReport read(LocalDate today, int days);
}
