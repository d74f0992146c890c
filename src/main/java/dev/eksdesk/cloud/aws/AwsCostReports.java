package dev.eksdesk.cloud.aws;

import dev.eksdesk.cloud.CostReport;
import dev.eksdesk.cloud.CostReportSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.costexplorer.model.DataUnavailableException;
import software.amazon.awssdk.services.costexplorer.model.DateInterval;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.Granularity;
import software.amazon.awssdk.services.costexplorer.model.Group;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinitionType;
import software.amazon.awssdk.services.costexplorer.model.Metric;
import software.amazon.awssdk.services.costexplorer.model.MetricValue;
import software.amazon.awssdk.services.costexplorer.model.ResultByTime;

/**
 * Cost Explorer (us-east-1, billed $0.01 per request): one GetCostAndUsage of daily amounts by
 * service (one request per page) and one GetCostForecast per read.
 */
public final class AwsCostReports implements CostReportSource {
  private static final String UNBLENDED = "UnblendedCost";

  private final AwsClients clients;

  public AwsCostReports(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public CostReport read(LocalDate today, int days) {
    Instant asOf = Instant.now();
    LocalDate firstOfMonth = today.withDayOfMonth(1);
    LocalDate from = today.minusDays(days - 1L);
    DateInterval period =
        interval(from.isBefore(firstOfMonth) ? from : firstOfMonth, today.plusDays(1));
    List<CostReport.DayCost> dayCosts = new ArrayList<>();
    String pageToken = null;
    do {
      String token = pageToken;
      GetCostAndUsageResponse page =
          clients
              .costExplorer()
              .getCostAndUsage(
                  r ->
                      r.timePeriod(period)
                          .granularity(Granularity.DAILY)
                          .metrics(UNBLENDED)
                          .groupBy(g -> g.type(GroupDefinitionType.DIMENSION).key("SERVICE"))
                          .nextPageToken(token));
      page.resultsByTime().forEach(result -> dayCosts.add(dayCost(result)));
      pageToken = page.nextPageToken();
    } while (pageToken != null && !pageToken.isEmpty());
    double beforeToday =
        dayCosts.stream()
            .filter(d -> !d.date().isBefore(firstOfMonth) && d.date().isBefore(today))
            .mapToDouble(CostReport.DayCost::totalUsd)
            .sum();
    try {
      double rest = forecast(today, firstOfMonth.plusMonths(1));
      return new CostReport(asOf, today, dayCosts, Optional.of(beforeToday + rest), "");
    } catch (DataUnavailableException tooNew) {
      return new CostReport(
          asOf,
          today,
          dayCosts,
          Optional.empty(),
          "AWS has too little history for a forecast yet (it needs about a day of data)");
    } catch (SdkServiceException refused) {
      return new CostReport(
          asOf,
          today,
          dayCosts,
          Optional.empty(),
          "Cost Explorer gave no forecast (HTTP " + refused.statusCode() + ")");
    }
  }

  /** AWS's forecast of the unblended cost from today to the end of the month. */
  private double forecast(LocalDate today, LocalDate endExclusive) {
    return Double.parseDouble(
        clients
            .costExplorer()
            .getCostForecast(
                r ->
                    r.timePeriod(interval(today, endExclusive))
                        .granularity(Granularity.MONTHLY)
                        .metric(Metric.UNBLENDED_COST))
            .total()
            .amount());
  }

  private static CostReport.DayCost dayCost(ResultByTime result) {
    LocalDate date = LocalDate.parse(result.timePeriod().start());
    List<CostReport.ServiceCost> services = new ArrayList<>();
    for (Group group : result.groups()) {
      services.add(
          new CostReport.ServiceCost(group.keys().get(0), amount(group.metrics().get(UNBLENDED))));
    }
    if (services.isEmpty() && result.total().containsKey(UNBLENDED)) {
      services.add(new CostReport.ServiceCost("Total", amount(result.total().get(UNBLENDED))));
    }
    return new CostReport.DayCost(date, services, Boolean.TRUE.equals(result.estimated()));
  }

  private static double amount(MetricValue value) {
    return value == null ? 0 : Double.parseDouble(value.amount());
  }

  private static DateInterval interval(LocalDate start, LocalDate endExclusive) {
    return DateInterval.builder().start(start.toString()).end(endExclusive.toString()).build();
  }
}
