package dev.eksdesk.cloud;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the account's bill says (Cost Explorer, the whole account, unblended, USD): the last days by
 * service, this month so far, and AWS's forecast for the month.
 *
 * @param asOf when it was read; Cost Explorer itself updates a few times a day
 * @param days one entry per day, oldest first, covering at least this month so far
 * @param forecastMonthUsd the month's expected total, or empty with {@code forecastNote} saying why
 */
public record CostReport(
    Instant asOf,
    LocalDate today,
    List<DayCost> days,
    Optional<Double> forecastMonthUsd,
    String forecastNote) {

  public CostReport {
    days = days.stream().sorted(Comparator.comparing(DayCost::date)).toList();
    forecastNote = forecastNote == null ? "" : forecastNote;
  }

  /**
   * @param byService amount per AWS service name ("Amazon Elastic Compute Cloud - Compute")
   * @param estimated whether AWS may still change the figure (the current day, usually)
   */
  public record DayCost(LocalDate date, List<ServiceCost> byService, boolean estimated) {
    public DayCost {
      byService = List.copyOf(byService);
    }

    public double totalUsd() {
      return byService.stream().mapToDouble(ServiceCost::usd).sum();
    }
  }

  public record ServiceCost(String service, double usd) {}

  public double monthToDateUsd() {
    return thisMonth().stream().mapToDouble(DayCost::totalUsd).sum();
  }

  /** This month's amounts per service, largest first. */
  public List<ServiceCost> monthToDateByService() {
    return thisMonth().stream()
        .flatMap(day -> day.byService().stream())
        .collect(
            java.util.stream.Collectors.groupingBy(
                ServiceCost::service, java.util.stream.Collectors.summingDouble(ServiceCost::usd)))
        .entrySet()
        .stream()
        .map(e -> new ServiceCost(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingDouble(ServiceCost::usd).reversed())
        .toList();
  }

  private List<DayCost> thisMonth() {
    LocalDate first = today.withDayOfMonth(1);
    return days.stream()
        .filter(d -> !d.date().isBefore(first) && !d.date().isAfter(today))
        .toList();
  }
}
