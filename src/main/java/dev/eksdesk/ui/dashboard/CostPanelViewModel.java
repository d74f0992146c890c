package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cloud.CostReport;
import dev.eksdesk.domain.cost.CostCategory;
import dev.eksdesk.domain.cost.CostEstimate;
import dev.eksdesk.domain.cost.MeteredResource;
import dev.eksdesk.domain.cost.RunningCost;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cost panel's state: cost since creation per resource and in total, ticking between refreshes
 * from each resource's hourly rate; cost per running pod; the wizard's estimate beside the actual
 * rate; Cost Explorer's month to date, forecast and days with the time they were read. FX thread.
 */
public final class CostPanelViewModel {
  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);

  /** The card lists the biggest services; the daily chart has the rest. */
  static final int SERVICES_SHOWN = 3;

  private final ZoneId zone;
  private final ObservableList<CostRow> rows = FXCollections.observableArrayList();
  private final ObservableList<CategoryComparison> comparison = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("—");
  private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper perPod = new ReadOnlyStringWrapper("—");
  private final ReadOnlyStringWrapper monthToDate = new ReadOnlyStringWrapper("—");
  private final ReadOnlyStringWrapper forecast = new ReadOnlyStringWrapper("—");
  private final ReadOnlyStringWrapper byService = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper asOf = new ReadOnlyStringWrapper("Not read yet");
  private final ReadOnlyObjectWrapper<Optional<CostReport>> report =
      new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
  private final IntegerProperty runningPods = new SimpleIntegerProperty(0);
  private List<MeteredResource> meters = List.of();
  private CostEstimate estimate;
  private Instant lastTick;

  public CostPanelViewModel(ZoneId zone) {
    this.zone = zone;
    runningPods.addListener((obs, old, now) -> updatePerPod());
  }

  /** What the cluster runs now, priced, and the wizard's estimate of its spec. */
  public void showResources(
      List<MeteredResource> resources, CostEstimate estimateOfSpec, Instant now) {
    meters = List.copyOf(resources);
    estimate = estimateOfSpec;
    tick(now);
  }

  /** Recomputes what everything has cost up to {@code now}: no cloud call, just the clock. */
  public void tick(Instant now) {
    lastTick = now;
    RunningCost cost = RunningCost.at(meters, now);
    rows.setAll(
        cost.lines().stream()
            .sorted(Comparator.comparingDouble(RunningCost.Line::usdSoFar).reversed())
            .map(
                l ->
                    new CostRow(
                        l.resource().label(),
                        l.resource().category().label(),
                        Units.uptime(l.resource().uptime(now)),
                        Units.hourly(l.resource().usdPerHour()),
                        l.usdSoFar(),
                        l.resource().basis()))
            .toList());
    total.set(Units.usd(cost.totalUsd()));
    rate.set(
        Units.usd(cost.usdPerHour())
            + " an hour now, "
            + Units.usdShort(cost.usdPerHour() * dev.eksdesk.domain.catalog.Hours.PER_MONTH)
            + " a month at this rate");
    updatePerPod();
    if (estimate != null) {
      Map<CostCategory, Double> estimated = estimate.byCategory();
      Map<CostCategory, Double> actual = cost.monthlyAtCurrentRate();
      comparison.setAll(
          java.util.Arrays.stream(CostCategory.values())
              .map(c -> new CategoryComparison(c.label(), estimated.get(c), actual.get(c)))
              .toList());
    }
  }

  public void showReport(CostReport fresh) {
    reading.set(false);
    report.set(Optional.of(fresh));
    monthToDate.set(Units.usdShort(fresh.monthToDateUsd()));
    forecast.set(
        fresh.forecastMonthUsd().map(Units::usdShort).orElse("— (" + fresh.forecastNote() + ")"));
    byService.set(
        fresh.monthToDateByService().stream()
            .limit(SERVICES_SHOWN)
            .map(s -> s.service() + " " + Units.usdShort(s.usd()))
            .collect(java.util.stream.Collectors.joining("\n")));
    asOf.set("Cost Explorer, whole account, as of " + AS_OF.format(fresh.asOf().atZone(zone)));
  }

  public void readingStarted() {
    reading.set(true);
  }

  public void readFailed(String message) {
    reading.set(false);
    asOf.set("Cost Explorer could not be read: " + message);
  }

  private void updatePerPod() {
    if (lastTick == null) {
      return;
    }
    perPod.set(
        RunningCost.at(meters, lastTick).monthlyPerPod(runningPods.get()).stream()
            .mapToObj(
                v ->
                    Units.usdShort(v) + " a month per pod (" + runningPods.get() + " pods running)")
            .findFirst()
            .orElse("No pods running"));
  }

  public ObservableList<CostRow> rows() {
    return rows;
  }

  public ObservableList<CategoryComparison> comparison() {
    return comparison;
  }

  public IntegerProperty runningPodsProperty() {
    return runningPods;
  }

  public ReadOnlyStringProperty totalProperty() {
    return total.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty rateProperty() {
    return rate.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty perPodProperty() {
    return perPod.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty monthToDateProperty() {
    return monthToDate.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty forecastProperty() {
    return forecast.getReadOnlyProperty();
  }

  /** This month's biggest services, one per line. */
  public ReadOnlyStringProperty byServiceProperty() {
    return byService.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty asOfProperty() {
    return asOf.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<CostReport>> reportProperty() {
    return report.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty readingProperty() {
    return reading.getReadOnlyProperty();
  }
}
