package dev.eksdesk.app;

import dev.eksdesk.cloud.MetricQuery;
import dev.eksdesk.cloud.MetricSeries;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsSource;
import dev.eksdesk.cloud.MetricsWindow;
import dev.eksdesk.cloud.aws.AwsMetricsSource;
import java.util.List;

/** CloudWatch of the account the app works on now: the sandbox's, or the AWS account's. */
final class AccountMetrics implements MetricsSource {
  private final SessionProvisioning accounts;
  private final MetricsSource sandbox;

  AccountMetrics(SessionProvisioning accounts, MetricsSource sandbox) {
    this.accounts = accounts;
    this.sandbox = sandbox;
  }

  @Override
  public MetricsInventory inventory(String clusterName) {
    return current().inventory(clusterName);
  }

  @Override
  public List<MetricSeries> fetch(List<MetricQuery> queries, MetricsWindow window) {
    return current().fetch(queries, window);
  }

  private MetricsSource current() {
    return accounts
        .awsSession()
        .<MetricsSource>map(aws -> new AwsMetricsSource(aws.clients()))
        .orElse(sandbox);
  }
}
