package dev.eksdesk.session;

import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.UpgradeInsights;
import dev.eksdesk.domain.spec.KubernetesSupport;
import dev.eksdesk.engine.diff.AttributeChange;
import dev.eksdesk.engine.diff.Change;
import dev.eksdesk.engine.diff.PlanDiff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What stands in the way of a Kubernetes upgrade the diff plans (one minor version up: the diff
 * engine refuses a skip or a downgrade), and what it costs to stay: add-ons the account offers no
 * version of for the new Kubernetes block it; nodes more than two minor versions behind warn; the
 * new version's support end and fee are shown. EKS upgrade insights, where the account offers them,
 * block when failing and warn when not passing.
 *
 * @param blockers each says what is wrong and what to do; none means the upgrade may go ahead
 * @param insights the upgrade insights in one line: how many pass, or why there are none
 */
public record UpgradePreflight(
    String target, List<String> blockers, List<String> warnings, String insights, String support) {
  private static final String ADDON_STEP = "eks:addon:";
  private static final int NODE_SKEW_WARNED = 2;

  public UpgradePreflight {
    blockers = List.copyOf(blockers);
    warnings = List.copyOf(warnings);
  }

  /**
   * @param addonVersions the account's DescribeAddonVersions: (add-on, Kubernetes version) to its
   *     default version, empty when none is compatible
   * @param insights the account's upgrade insights for the cluster and target
   */
  public static UpgradePreflight check(
      String target,
      PlanDiff diff,
      BiFunction<String, String, Optional<String>> addonVersions,
      UpgradeInsights insights,
      LocalDate today) {
    List<String> blockers = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (UpgradeInsights.Insight insight : insights.insights()) {
      String said =
          "EKS upgrade insight \""
              + insight.name()
              + "\" is "
              + insight.status()
              + ": "
              + insight.reason()
              + (insight.recommendation().isBlank() ? "" : " " + insight.recommendation());
      if (insight.failing()) {
        blockers.add(said);
      } else if (insight.warning()) {
        warnings.add(said);
      }
    }
    for (Change change : diff.changes()) {
      if (change.kind() == ResourceKind.EKS_ADDON && change.step().startsWith(ADDON_STEP)) {
        String addon = change.step().substring(ADDON_STEP.length());
        if (addonVersions.apply(addon, target).isEmpty()) {
          blockers.add(
              "Add-on "
                  + addon
                  + " has no version for Kubernetes "
                  + target
                  + " in this account: wait until EKS offers one, or remove the add-on first.");
        }
      }
    }
    diff.change("eks:nodegroup")
        .flatMap(UpgradePreflight::versionBefore)
        .filter(nodes -> minor(target) - minor(nodes) > NODE_SKEW_WARNED)
        .ifPresent(
            nodes ->
                warnings.add(
                    "The nodes run Kubernetes "
                        + nodes
                        + ", more than two minor versions behind "
                        + target
                        + ": the node group is rolled to "
                        + target
                        + " right after the control plane; workloads using APIs removed since "
                        + nodes
                        + " stop working."));
    KubernetesSupport.window(target)
        .filter(w -> w.phaseOn(today) != KubernetesSupport.Phase.STANDARD)
        .ifPresent(
            w ->
                warnings.add(
                    "Kubernetes "
                        + target
                        + " is past its standard support: the control plane costs the extended"
                        + " support fee. Plan the next upgrade."));
    return new UpgradePreflight(
        target,
        blockers,
        warnings,
        insightsLine(insights),
        KubernetesSupport.describe(target, today));
  }

  private static String insightsLine(UpgradeInsights insights) {
    if (!insights.available()) {
      return insights.unavailable();
    }
    long passing = insights.insights().stream().filter(i -> !i.failing() && !i.warning()).count();
    return passing + " of " + insights.insights().size() + " EKS checks pass";
  }

  public boolean blocked() {
    return !blockers.isEmpty();
  }

  /** For a terminal or a dialog: blockers, warnings, the insights line, the support line. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    blockers.forEach(b -> lines.add("Blocks the upgrade: " + b));
    warnings.forEach(w -> lines.add("Warning: " + w));
    lines.add("Upgrade insights: " + insights);
    lines.add("Support: " + support);
    return lines;
  }

  private static Optional<String> versionBefore(Change change) {
    return change.attributes().stream()
        .filter(a -> a.name().equals("kubernetesVersion"))
        .map(AttributeChange::from)
        .findFirst();
  }

  private static int minor(String version) {
    return Integer.parseInt(version.substring(version.indexOf('.') + 1));
  }
}
