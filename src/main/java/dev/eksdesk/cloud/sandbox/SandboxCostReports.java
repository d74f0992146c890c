package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CostMeters;
import dev.eksdesk.cloud.CostReport;
import dev.eksdesk.cloud.CostReportSource;
import dev.eksdesk.cloud.MetricsSource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.domain.cost.CostCategory;
import dev.eksdesk.domain.cost.HourlyRates;
import dev.eksdesk.domain.cost.MeteredResource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Cost Explorer for the sandbox: what AWS would bill each day for what the account runs now, by the
 * service names Cost Explorer uses, and a forecast that keeps today's rate to the month's end.
 * Resources already deleted are forgotten, so past days are an underestimate after a destroy.
 */
public final class SandboxCostReports implements CostReportSource {
  private final Supplier<SandboxAccount> account;
  private final MetricsSource inventories;
  private final HourlyRates rates;
  private final int nodeDiskGiB;

  public SandboxCostReports(
      Supplier<SandboxAccount> account,
      MetricsSource inventories,
      HourlyRates rates,
      int nodeDiskGiB) {
    this.account = account;
    this.inventories = inventories;
    this.rates = rates;
    this.nodeDiskGiB = nodeDiskGiB;
  }

  /** Takes the days from the sandbox's own clock, which runs ahead of the wall clock. */
  @Override
  public CostReport read(LocalDate wallToday, int days) {
    SandboxAccount sandbox = account.get();
    Instant now = sandbox.now();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<MeteredResource> meters = new ArrayList<>();
    sandbox.everything().stream()
        .filter(r -> r.kind() == ResourceKind.EKS_CLUSTER)
        .map(CloudResource::id)
        .forEach(
            cluster ->
                meters.addAll(CostMeters.of(inventories.inventory(cluster), rates, nodeDiskGiB)));
    LocalDate firstOfMonth = today.withDayOfMonth(1);
    LocalDate from =
        today.minusDays(days - 1L).isBefore(firstOfMonth)
            ? today.minusDays(days - 1L)
            : firstOfMonth;
    List<CostReport.DayCost> dayCosts = new ArrayList<>();
    double beforeToday = 0;
    for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
      CostReport.DayCost cost = dayCost(meters, day, now);
      dayCosts.add(cost);
      if (!day.isBefore(firstOfMonth) && day.isBefore(today)) {
        beforeToday += cost.totalUsd();
      }
    }
    double hourly = meters.stream().mapToDouble(MeteredResource::usdPerHour).sum();
    double hoursFromTodayToMonthEnd =
        Duration.between(
                today.atStartOfDay(ZoneOffset.UTC),
                firstOfMonth.plusMonths(1).atStartOfDay(ZoneOffset.UTC))
            .toHours();
    double forecast = beforeToday + hourly * hoursFromTodayToMonthEnd;
    return new CostReport(now, today, dayCosts, Optional.of(forecast), "");
  }

  private static CostReport.DayCost dayCost(
      List<MeteredResource> meters, LocalDate day, Instant now) {
    Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end =
        start.plus(Duration.ofDays(1)).isAfter(now) ? now : start.plus(Duration.ofDays(1));
    Map<String, Double> byService = new LinkedHashMap<>();
    for (MeteredResource meter : meters) {
      Instant from = meter.since().isAfter(start) ? meter.since() : start;
      if (from.isBefore(end)) {
        double hours = Duration.between(from, end).toSeconds() / 3600.0;
        byService.merge(service(meter.category()), hours * meter.usdPerHour(), Double::sum);
      }
    }
    List<CostReport.ServiceCost> services =
        byService.entrySet().stream()
            .map(e -> new CostReport.ServiceCost(e.getKey(), e.getValue()))
            .toList();
    return new CostReport.DayCost(day, services, !end.isBefore(now));
  }

  /** The service names Cost Explorer groups by. */
  private static String service(CostCategory category) {
    return switch (category) {
      case EC2 -> "Amazon Elastic Compute Cloud - Compute";
      case CONTROL_PLANE -> "Amazon Elastic Container Service for Kubernetes";
      case NAT, OTHER -> "EC2 - Other";
    };
  }
}
