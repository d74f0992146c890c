package dev.eksdesk.cloud.aws;

import dev.eksdesk.cloud.UpgradeInsights;
import dev.eksdesk.cloud.UpgradeInsights.Insight;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Category;
import software.amazon.awssdk.services.eks.model.InsightSummary;

/**
 * EKS upgrade insights: ListInsights (UPGRADE_READINESS, the target version), then DescribeInsight
 * for each that does not pass, for its recommendation. An endpoint that does not implement them (an
 * emulator, a partition without them) or a caller not allowed to read them gets "not available
 * here" with the reason: the preflight goes on without them.
 */
final class EksUpgradeInsights {
  private static final String PASSING = "PASSING";

  private final EksClient eks;

  EksUpgradeInsights(EksClient eks) {
    this.eks = eks;
  }

  UpgradeInsights forUpgrade(String cluster, String kubernetesVersion) {
    try {
      List<Insight> insights = new ArrayList<>();
      for (InsightSummary summary :
          eks.listInsightsPaginator(
                  r ->
                      r.clusterName(cluster)
                          .filter(
                              f ->
                                  f.categories(Category.UPGRADE_READINESS)
                                      .kubernetesVersions(kubernetesVersion)))
              .insights()) {
        String status = summary.insightStatus().statusAsString();
        insights.add(
            new Insight(
                summary.name(),
                status,
                summary.insightStatus().reason(),
                PASSING.equals(status) ? "" : recommendation(cluster, summary.id())));
      }
      return UpgradeInsights.of(insights);
    } catch (SdkServiceException e) {
      return UpgradeInsights.notAvailable("insights not available here (" + why(e) + ")");
    }
  }

  private String recommendation(String cluster, String id) {
    return eks.describeInsight(r -> r.clusterName(cluster).id(id)).insight().recommendation();
  }

  private static String why(SdkServiceException e) {
    if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
      String code = aws.awsErrorDetails().errorCode();
      if (code != null && !code.isBlank()) {
        return "ListInsights: " + code;
      }
    }
    return "ListInsights answered HTTP " + e.statusCode();
  }
}
