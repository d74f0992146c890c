package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cloud.MetricPoint;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** Line charts over time, with a tooltip on every point that says what it is. */
final class TimeCharts {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter DAY_AND_CLOCK =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);
  private static final long ONE_DAY_SECONDS = 86_400;
  private static final String HOVER_TEXT = "eksdesk.hover";
  private static final Tooltip HOVER = new Tooltip();

  private TimeCharts() {}

  static LineChart<Number, Number> create(String id) {
    NumberAxis time = new NumberAxis();
    time.setForceZeroInRange(false);
    time.setMinorTickVisible(false);
    NumberAxis values = new NumberAxis();
    values.setForceZeroInRange(true);
    LineChart<Number, Number> chart = new LineChart<>(time, values);
    chart.setId(id);
    chart.setAnimated(false); // redrawn on every refresh; animation only costs time
    chart.setCreateSymbols(true); // the symbols carry the tooltips
    chart.setLegendVisible(true);
    chart.getStyleClass().add("metric-chart");
    return chart;
  }

  static void show(LineChart<Number, Number> chart, ChartData data, ZoneId zone) {
    chart.setTitle(data.hasData() ? data.title() : data.title() + " · no data in this range");
    chart.getYAxis().setLabel(data.unit());
    long span =
        data.lines().stream()
                .flatMap(l -> l.points().stream())
                .mapToLong(p -> p.at().getEpochSecond())
                .summaryStatistics()
                .getMax()
            - data.lines().stream()
                .flatMap(l -> l.points().stream())
                .mapToLong(p -> p.at().getEpochSecond())
                .min()
                .orElse(0);
    DateTimeFormatter format = span > ONE_DAY_SECONDS ? DAY_AND_CLOCK : CLOCK;
    ((NumberAxis) chart.getXAxis()).setTickLabelFormatter(timeLabels(format, zone));
    chart.getData().clear();
    for (ChartLine line : data.lines()) {
      XYChart.Series<Number, Number> series = new XYChart.Series<>();
      series.setName(line.name());
      for (MetricPoint point : line.points()) {
        series.getData().add(new XYChart.Data<>(point.at().getEpochSecond(), point.value()));
      }
      chart.getData().add(series);
      for (int i = 0; i < series.getData().size(); i++) {
        MetricPoint point = line.points().get(i);
        hover(
            series.getData().get(i).getNode(),
            line.name()
                + "\n"
                + DAY_AND_CLOCK.format(point.at().atZone(zone))
                + "\n"
                + String.format(Locale.ROOT, "%,.2f %s", point.value(), line.unit()));
      }
    }
  }

  /** The text the point shows on hover. */
  static String hoverText(Node point) {
    return (String) point.getProperties().getOrDefault(HOVER_TEXT, "");
  }

  /**
   * One shared tooltip for every point: a Tooltip per point is a popup window each, which with 200
   * nodes over 7 days cost tens of megabytes.
   */
  private static void hover(Node point, String text) {
    point.getProperties().put(HOVER_TEXT, text);
    point.setOnMouseEntered(
        e -> {
          HOVER.setText(text);
          HOVER.show(point, e.getScreenX() + 12, e.getScreenY() + 12);
        });
    point.setOnMouseExited(e -> HOVER.hide());
  }

  private static StringConverter<Number> timeLabels(DateTimeFormatter format, ZoneId zone) {
    return new StringConverter<>() {
      @Override
      public String toString(Number epochSecond) {
        return format.format(Instant.ofEpochSecond(epochSecond.longValue()).atZone(zone));
      }

      @Override
      public Number fromString(String text) {
        throw new UnsupportedOperationException("axis labels are not parsed");
      }
    };
  }
}
