package dev.eksdesk.cloud;

import java.util.List;
import java.util.Objects;

/**
 * EKS upgrade insights (ListInsights, category UPGRADE_READINESS, and DescribeInsight for those
 * that do not pass) for one cluster and target version, or why the account offers none.
 *
 * @param unavailable empty when the account answered; else why not, in words
 */
public record UpgradeInsights(List<Insight> insights, String unavailable) {

  /**
   * @param status PASSING, WARNING, ERROR or UNKNOWN, as EKS reports it
   * @param reason EKS's explanation of the status
   * @param recommendation what EKS advises (DescribeInsight), empty when it passes
   */
  public record Insight(String name, String status, String reason, String recommendation) {
    public Insight {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
      reason = reason == null ? "" : reason;
      recommendation = recommendation == null ? "" : recommendation;
    }

    public boolean failing() {
      return status.equals("ERROR");
    }

    public boolean warning() {
      return status.equals("WARNING") || status.equals("UNKNOWN");
    }
  }

  public UpgradeInsights {
    insights = List.copyOf(insights);
    Objects.requireNonNull(unavailable, "unavailable");
  }

  public static UpgradeInsights of(List<Insight> insights) {
    return new UpgradeInsights(insights, "");
  }

  /** The account has no upgrade insights (an emulator, a region without them, no permission). */
  public static UpgradeInsights notAvailable(String why) {
    return new UpgradeInsights(List.of(), why);
  }

  public boolean available() {
    return unavailable.isEmpty();
  }
}
