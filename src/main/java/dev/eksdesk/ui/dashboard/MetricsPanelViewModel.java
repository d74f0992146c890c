package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cloud.MetricKind;
import dev.eksdesk.cloud.MetricPoint;
import dev.eksdesk.cloud.MetricQuery;
import dev.eksdesk.cloud.MetricSeries;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsWindow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The metrics panel's state: a table of nodes with their latest values, CPU and network charts of
 * the chosen nodes (the busiest few until the user picks), the NAT gateways' traffic and the
 * control plane's requests. Holds the last refresh for the CSV export. FX thread only.
 */
public final class MetricsPanelViewModel {
  /** Lines per node chart before the user chooses: more is unreadable and slow to draw. */
  static final int DEFAULT_CHARTED_NODES = 5;

  private final ObservableList<NodeMetricsRow> nodes = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<ChartData> cpu = chart("CPU by node", "%");
  private final ReadOnlyObjectWrapper<ChartData> network = chart("Network by node", "KiB/s");
  private final ReadOnlyObjectWrapper<ChartData> nat = chart("NAT gateway", "");
  private final ReadOnlyObjectWrapper<ChartData> controlPlane = chart("Control plane", "");
  private List<MetricSeries> lastSeries = List.of();
  private Map<MetricQuery, MetricSeries> byQuery = Map.of();
  private MetricsWindow lastWindow;
  private List<String> charted = List.of();
  private boolean userChose;

  /** Shows one refresh's inventory and series. */
  public void show(MetricsInventory inventory, List<MetricSeries> series, MetricsWindow window) {
    lastSeries = List.copyOf(series);
    lastWindow = window;
    byQuery = new HashMap<>();
    series.forEach(s -> byQuery.put(s.query(), s));
    List<NodeMetricsRow> rows = new ArrayList<>();
    for (MetricsInventory.Instance node : inventory.nodes()) {
      rows.add(
          new NodeMetricsRow(
              node.id(),
              node.privateIp(),
              node.instanceType(),
              latest(MetricKind.NODE_CPU, node.id()),
              perSecond(latest(MetricKind.NODE_NETWORK_IN, node.id())),
              perSecond(latest(MetricKind.NODE_NETWORK_OUT, node.id()))));
    }
    rows.sort(
        Comparator.comparingDouble((NodeMetricsRow r) -> r.cpuPercent().orElse(-1)).reversed());
    nodes.setAll(rows);
    List<String> ids = rows.stream().map(NodeMetricsRow::instanceId).toList();
    if (!userChose || !ids.containsAll(charted)) {
      userChose = false;
      charted = ids.stream().limit(DEFAULT_CHARTED_NODES).toList();
    }
    drawNodeCharts();
    boolean severalNats = inventory.natGateways().size() > 1;
    nat.set(
        new ChartData(
            "NAT gateway",
            "",
            inventory.natGateways().stream()
                .flatMap(
                    g -> {
                      String prefix = severalNats ? g.id() + " " : "";
                      return List.of(
                          line(
                              prefix + "out, KiB/s",
                              "KiB/s",
                              MetricKind.NAT_BYTES_OUT,
                              g.id(),
                              this::kibPerSecond),
                          line(
                              prefix + "connections",
                              "connections",
                              MetricKind.NAT_ACTIVE_CONNECTIONS,
                              g.id(),
                              Function.identity()))
                          .stream();
                    })
                .toList()));
    controlPlane.set(
        new ChartData(
            "Control plane",
            "",
            inventory
                .controlPlane()
                .map(
                    p ->
                        List.of(
                            line(
                                "API requests/min",
                                "requests/min",
                                MetricKind.CONTROL_PLANE_REQUESTS,
                                p.name(),
                                this::perMinute),
                            line(
                                "Pending pods",
                                "pods",
                                MetricKind.CONTROL_PLANE_PENDING_PODS,
                                p.name(),
                                Function.identity())))
                .orElse(List.of())));
  }

  /**
   * The user picked the nodes to chart (table selection); an empty pick goes back to the busiest.
   */
  public void chartNodes(List<String> instanceIds) {
    userChose = !instanceIds.isEmpty();
    charted =
        userChose
            ? List.copyOf(instanceIds)
            : nodes.stream().map(NodeMetricsRow::instanceId).limit(DEFAULT_CHARTED_NODES).toList();
    drawNodeCharts();
  }

  /** Every series of the last refresh, raw as CloudWatch gave them, one value per line. */
  public String csv() {
    StringBuilder csv =
        new StringBuilder(
            "time,namespace,metric,dimension,resource,statistic,period_s,value,unit\n");
    for (MetricSeries series : lastSeries) {
      MetricKind kind = series.query().kind();
      for (MetricPoint point : series.points()) {
        csv.append(point.at())
            .append(',')
            .append(kind.namespace())
            .append(',')
            .append(kind.metricName())
            .append(',')
            .append(kind.dimension())
            .append(',')
            .append(series.query().resourceId())
            .append(',')
            .append(kind.statistic())
            .append(',')
            .append(lastWindow.range().period().toSeconds())
            .append(',')
            .append(point.value())
            .append(',')
            .append(kind.unit().name().toLowerCase(java.util.Locale.ROOT))
            .append('\n');
      }
    }
    return csv.toString();
  }

  public boolean hasSeries() {
    return !lastSeries.isEmpty();
  }

  private void drawNodeCharts() {
    cpu.set(
        new ChartData(
            "CPU by node",
            "%",
            charted.stream()
                .map(id -> line(id, "%", MetricKind.NODE_CPU, id, Function.identity()))
                .toList()));
    List<ChartLine> traffic = new ArrayList<>();
    for (String id : charted) {
      traffic.add(line(id + " in", "KiB/s", MetricKind.NODE_NETWORK_IN, id, this::kibPerSecond));
      traffic.add(line(id + " out", "KiB/s", MetricKind.NODE_NETWORK_OUT, id, this::kibPerSecond));
    }
    network.set(new ChartData("Network by node", "KiB/s", traffic));
  }

  private ChartLine line(
      String name,
      String unit,
      MetricKind kind,
      String resourceId,
      Function<Double, Double> convert) {
    MetricSeries series = byQuery.get(new MetricQuery(kind, resourceId));
    List<MetricPoint> points =
        series == null
            ? List.of()
            : series.points().stream()
                .map(p -> new MetricPoint(p.at(), convert.apply(p.value())))
                .toList();
    return new ChartLine(name, unit, points);
  }

  private OptionalDouble latest(MetricKind kind, String resourceId) {
    MetricSeries series = byQuery.get(new MetricQuery(kind, resourceId));
    return series == null ? OptionalDouble.empty() : series.latest();
  }

  /** Sums per period become rates, so that ranges with different periods compare. */
  private OptionalDouble perSecond(OptionalDouble sumPerPeriod) {
    long seconds = lastWindow.range().period().toSeconds();
    return sumPerPeriod.isEmpty()
        ? sumPerPeriod
        : OptionalDouble.of(sumPerPeriod.getAsDouble() / seconds);
  }

  private double kibPerSecond(double bytesPerPeriod) {
    return bytesPerPeriod / lastWindow.range().period().toSeconds() / 1024;
  }

  private double perMinute(double countPerPeriod) {
    return countPerPeriod / (lastWindow.range().period().toSeconds() / 60.0);
  }

  private static ReadOnlyObjectWrapper<ChartData> chart(String title, String unit) {
    return new ReadOnlyObjectWrapper<>(ChartData.empty(title, unit));
  }

  public ObservableList<NodeMetricsRow> nodes() {
    return nodes;
  }

  public List<String> chartedNodes() {
    return charted;
  }

  public ReadOnlyObjectProperty<ChartData> cpuProperty() {
    return cpu.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ChartData> networkProperty() {
    return network.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ChartData> natProperty() {
    return nat.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ChartData> controlPlaneProperty() {
    return controlPlane.getReadOnlyProperty();
  }
}
