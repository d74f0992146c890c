package dev.eksdesk.app;

import dev.eksdesk.cloud.CostReport;
import dev.eksdesk.cloud.CostReportSource;
import dev.eksdesk.cloud.aws.AwsCostReports;
import java.time.LocalDate;

/** Cost Explorer of the account the app works on now: the sandbox's bills, or AWS's. */
final class AccountCostReports implements CostReportSource {
  private final SessionProvisioning accounts;
  private final CostReportSource sandbox;

  AccountCostReports(SessionProvisioning accounts, CostReportSource sandbox) {
    this.accounts = accounts;
    this.sandbox = sandbox;
  }

  @Override
  public CostReport read(LocalDate today, int days) {
    return accounts
        .awsSession()
        .<CostReportSource>map(aws -> new AwsCostReports(aws.clients()))
        .orElse(sandbox)
        .read(today, days);
  }
}
