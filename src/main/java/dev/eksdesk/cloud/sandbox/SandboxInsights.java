package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.UpgradeInsights;
import dev.eksdesk.cloud.UpgradeInsights.Insight;
import java.util.List;

/**
 * What the Sandbox answers for ListInsights (UPGRADE_READINESS): the checks EKS runs before an
 * upgrade, named as EKS names them. The Sandbox's clusters use no deprecated API and keep their
 * nodes and add-ons in step, so every check passes. Plausible, not EKS's list.
 */
final class SandboxInsights {
  private SandboxInsights() {}

  static UpgradeInsights forUpgradeTo(String kubernetesVersion) {
    return UpgradeInsights.of(
        List.of(
            new Insight(
                "Deprecated APIs removed in Kubernetes v" + kubernetesVersion,
                "PASSING",
                "No deprecated API usage detected within the last 30 days.",
                ""),
            new Insight(
                "Kubelet version skew",
                "PASSING",
                "Node kubelet versions match the cluster control plane version.",
                ""),
            new Insight(
                "Amazon EKS add-on version compatibility",
                "PASSING",
                "All installed add-ons have a version compatible with the next Kubernetes version.",
                ""),
            new Insight(
                "Cluster health issues", "PASSING", "No cluster health issues detected.", "")));
  }
}
