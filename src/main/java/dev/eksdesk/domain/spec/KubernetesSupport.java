package dev.eksdesk.domain.spec;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How long EKS supports each Kubernetes minor version and what the control plane costs meanwhile:
 * standard support for 14 months after the release, then extended support for 12 more at six times
 * the fee; after that EKS upgrades the cluster itself.
 *
 * <p>Source: the Amazon EKS Kubernetes release calendar
 * (docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html), as of January 2026; fees
 * from aws.amazon.com/eks/pricing (per cluster hour, every region).
 */
public final class KubernetesSupport {
  public static final double STANDARD_FEE_PER_HOUR = 0.10;
  public static final double EXTENDED_FEE_PER_HOUR = 0.60;

  /** One version's support window; each end date is the last day of that support. */
  public record Window(String version, LocalDate standardEnd, LocalDate extendedEnd) {
    public Phase phaseOn(LocalDate day) {
      if (!day.isAfter(standardEnd)) {
        return Phase.STANDARD;
      }
      return day.isAfter(extendedEnd) ? Phase.ENDED : Phase.EXTENDED;
    }
  }

  public enum Phase {
    STANDARD,
    EXTENDED,
    ENDED
  }

  private static final Map<String, Window> WINDOWS =
      Map.of(
          "1.35", window("1.35", "2027-03-27", "2028-03-27"),
          "1.34", window("1.34", "2026-12-02", "2027-12-02"),
          "1.33", window("1.33", "2026-07-29", "2027-07-29"),
          "1.32", window("1.32", "2026-03-23", "2027-03-23"),
          "1.31", window("1.31", "2025-11-26", "2026-11-26"),
          "1.30", window("1.30", "2025-07-23", "2026-07-23"),
          "1.29", window("1.29", "2025-03-23", "2026-03-23"));

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private KubernetesSupport() {}

  public static Optional<Window> window(String version) {
    return Optional.ofNullable(WINDOWS.get(version));
  }

  /**
   * In words, for a preflight: "1.34: standard support ($0.10/h) until 2 Dec 2026, then extended
   * support ($0.60/h) until 2 Dec 2027".
   */
  public static String describe(String version, LocalDate today) {
    return window(version)
        .map(w -> describe(w, today))
        .orElse(version + ": no support dates known to this Eksdesk version.");
  }

  private static String describe(Window w, LocalDate today) {
    String standard = String.format(Locale.ROOT, "$%.2f/h", STANDARD_FEE_PER_HOUR);
    String extended = String.format(Locale.ROOT, "$%.2f/h", EXTENDED_FEE_PER_HOUR);
    return switch (w.phaseOn(today)) {
      case STANDARD ->
          w.version()
              + ": standard support ("
              + standard
              + " per cluster) until "
              + DAY.format(w.standardEnd())
              + ", then extended support ("
              + extended
              + ") until "
              + DAY.format(w.extendedEnd())
              + ".";
      case EXTENDED ->
          w.version()
              + ": in extended support ("
              + extended
              + " per cluster, six times the standard "
              + standard
              + ") until "
              + DAY.format(w.extendedEnd())
              + "; EKS upgrades the cluster itself after that.";
      case ENDED ->
          w.version()
              + ": support ended on "
              + DAY.format(w.extendedEnd())
              + "; EKS upgrades such clusters itself.";
    };
  }

  private static Window window(String version, String standardEnd, String extendedEnd) {
    return new Window(version, LocalDate.parse(standardEnd), LocalDate.parse(extendedEnd));
  }
}
