package dev.eksdesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.UpgradeInsights;
import dev.eksdesk.engine.diff.AttributeChange;
import dev.eksdesk.engine.diff.Change;
import dev.eksdesk.engine.diff.ChangeAction;
import dev.eksdesk.engine.diff.PlanDiff;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpgradePreflightTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
  private static final UpgradeInsights NO_INSIGHTS =
      UpgradeInsights.notAvailable("insights not available here (ListInsights: NotFound)");

  @Test
  void anAddOnWithoutAVersionForTheTargetBlocksTheUpgrade() {
    PlanDiff diff = diff("1.33", "1.33");

    UpgradePreflight preflight =
        UpgradePreflight.check(
            "1.34",
            diff,
            (addon, version) ->
                addon.equals("metrics-server") ? Optional.empty() : Optional.of("v1.20.1"),
            NO_INSIGHTS,
            TODAY);

    assertThat(preflight.blocked()).isTrue();
    assertThat(preflight.blockers())
        .containsExactly(
            "Add-on metrics-server has no version for Kubernetes 1.34 in this account: wait until"
                + " EKS offers one, or remove the add-on first.");
    assertThat(preflight.lines().get(preflight.lines().size() - 1))
        .isEqualTo(
            "Support: 1.34: standard support ($0.10/h per cluster) until 2 Dec 2026, then"
                + " extended support ($0.60/h) until 2 Dec 2027.");
  }

  @Test
  void nodesMoreThanTwoMinorVersionsBehindWarnAndExtendedSupportIsNamedWithItsFee() {
    PlanDiff diff = diff("1.33", "1.30");

    UpgradePreflight preflight =
        UpgradePreflight.check(
            "1.34",
            diff,
            (addon, version) -> Optional.of("v1"),
            NO_INSIGHTS,
            LocalDate.of(2027, 1, 4));

    assertThat(preflight.blocked()).isFalse();
    assertThat(preflight.warnings())
        .anySatisfy(w -> assertThat(w).startsWith("The nodes run Kubernetes 1.30, more than two"))
        .anySatisfy(w -> assertThat(w).contains("past its standard support"));
    assertThat(preflight.support())
        .isEqualTo(
            "1.34: in extended support ($0.60/h per cluster, six times the standard $0.10/h)"
                + " until 2 Dec 2027; EKS upgrades the cluster itself after that.");
    assertThat(
            UpgradePreflight.check(
                    "1.34", diff("1.33", "1.32"), (a, v) -> Optional.of("v1"), NO_INSIGHTS, TODAY)
                .warnings())
        .isEmpty();
  }

  @Test
  void failingUpgradeInsightsBlockWarningOnesWarnAndTheRestAreCounted() {
    UpgradeInsights insights =
        UpgradeInsights.of(
            List.of(
                new UpgradeInsights.Insight(
                    "Deprecated APIs removed in Kubernetes v1.34",
                    "ERROR",
                    "Deprecated API usage detected.",
                    "Update the manifests to use the replacement APIs."),
                new UpgradeInsights.Insight(
                    "Kubelet version skew", "WARNING", "Nodes are behind.", "Roll the nodes."),
                new UpgradeInsights.Insight("Cluster health issues", "PASSING", "None.", "")));

    UpgradePreflight preflight =
        UpgradePreflight.check(
            "1.34", diff("1.33", "1.33"), (a, v) -> Optional.of("v1"), insights, TODAY);

    assertThat(preflight.blockers())
        .containsExactly(
            "EKS upgrade insight \"Deprecated APIs removed in Kubernetes v1.34\" is ERROR:"
                + " Deprecated API usage detected. Update the manifests to use the replacement"
                + " APIs.");
    assertThat(preflight.warnings())
        .containsExactly(
            "EKS upgrade insight \"Kubelet version skew\" is WARNING: Nodes are behind. Roll the"
                + " nodes.");
    assertThat(preflight.lines()).contains("Upgrade insights: 1 of 3 EKS checks pass");
    assertThat(
            UpgradePreflight.check(
                    "1.34", diff("1.33", "1.33"), (a, v) -> Optional.of("v1"), NO_INSIGHTS, TODAY)
                .lines())
        .contains("Upgrade insights: insights not available here (ListInsights: NotFound)")
        .noneMatch(line -> line.startsWith("Blocks"));
  }

  private static PlanDiff diff(String cluster, String nodes) {
    return new PlanDiff(
        "demo",
        List.of(
            change("eks:cluster", ResourceKind.EKS_CLUSTER, cluster),
            change("eks:addon:vpc-cni", ResourceKind.EKS_ADDON, cluster),
            change("eks:nodegroup", ResourceKind.EKS_NODEGROUP, nodes),
            change("eks:addon:metrics-server", ResourceKind.EKS_ADDON, cluster)));
  }

  private static Change change(String step, ResourceKind kind, String from) {
    return new Change(
        step,
        kind,
        ChangeAction.UPDATE,
        step,
        step,
        List.of(new AttributeChange("kubernetesVersion", from, "1.34", false)),
        "",
        false);
  }
}
