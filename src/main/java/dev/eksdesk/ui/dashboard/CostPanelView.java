package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cloud.CostReport;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Cost since creation per resource, per pod, the estimate beside the actual, Cost Explorer. */
public final class CostPanelView {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

  private final CostPanelViewModel model;
  private final Runnable readCostExplorer;

  @FXML private Label totalLabel;
  @FXML private Label rateLabel;
  @FXML private Label perPodLabel;
  @FXML private Label monthToDateLabel;
  @FXML private Label forecastLabel;
  @FXML private Label byServiceLabel;
  @FXML private Label asOfLabel;
  @FXML private Button readNowButton;
  @FXML private TableView<CostRow> costTable;
  @FXML private TableColumn<CostRow, String> resourceColumn;
  @FXML private TableColumn<CostRow, String> categoryColumn;
  @FXML private TableColumn<CostRow, String> uptimeColumn;
  @FXML private TableColumn<CostRow, String> rateColumn;
  @FXML private TableColumn<CostRow, String> soFarColumn;
  @FXML private BarChart<String, Number> comparisonChart;
  @FXML private BarChart<String, Number> dailyChart;

  /**
   * @param readCostExplorer the user's explicit (billed) read
   */
  public CostPanelView(CostPanelViewModel model, Runnable readCostExplorer) {
    this.model = model;
    this.readCostExplorer = readCostExplorer;
  }

  @FXML
  private void initialize() {
    totalLabel.textProperty().bind(model.totalProperty());
    rateLabel.textProperty().bind(model.rateProperty());
    perPodLabel.textProperty().bind(model.perPodProperty());
    monthToDateLabel.textProperty().bind(model.monthToDateProperty());
    forecastLabel.textProperty().bind(model.forecastProperty());
    byServiceLabel.textProperty().bind(model.byServiceProperty());
    asOfLabel.textProperty().bind(model.asOfProperty());
    readNowButton.disableProperty().bind(model.readingProperty());
    readNowButton.setTooltip(
        new Tooltip(
            "Cost Explorer bills $0.01 per request; a read makes two. Refreshes reuse"
                + " the last read for an hour."));
    text(resourceColumn, CostRow::resource);
    text(categoryColumn, CostRow::category);
    text(uptimeColumn, CostRow::uptime);
    text(rateColumn, CostRow::rate);
    text(soFarColumn, r -> Units.usd(r.usdSoFar()));
    costTable.setItems(model.rows());
    costTable.setRowFactory(
        table ->
            new javafx.scene.control.TableRow<>() {
              @Override
              protected void updateItem(CostRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.basis()));
              }
            });
    comparisonChart.setAnimated(false);
    dailyChart.setAnimated(false);
    model.comparison().addListener((ListChangeListener<CategoryComparison>) c -> drawComparison());
    model.reportProperty().addListener((obs, old, now) -> drawDays(now));
    drawComparison();
  }

  @FXML
  private void readNow() {
    readCostExplorer.run();
  }

  private void drawComparison() {
    XYChart.Series<String, Number> estimate = new XYChart.Series<>();
    estimate.setName("Wizard's estimate");
    XYChart.Series<String, Number> actual = new XYChart.Series<>();
    actual.setName("Actual rate, a month");
    for (CategoryComparison row : model.comparison()) {
      String label = twoLines(row.category());
      estimate.getData().add(new XYChart.Data<>(label, row.estimatedMonthlyUsd()));
      actual.getData().add(new XYChart.Data<>(label, row.actualMonthlyUsd()));
    }
    comparisonChart.getData().setAll(java.util.List.of(estimate, actual));
    tooltips(estimate);
    tooltips(actual);
  }

  /**
   * "EKS control plane" as "EKS control" over "plane": at 1024x700 four categories share about 90
   * pixels each, and names on one line run into each other.
   */
  static String twoLines(String category) {
    int middle = category.length() / 2;
    int before = category.lastIndexOf(' ', middle);
    int after = category.indexOf(' ', middle);
    int cut =
        before < 0
            ? after
            : after < 0 ? before : middle - before <= after - middle ? before : after;
    return cut < 0 ? category : category.substring(0, cut) + "\n" + category.substring(cut + 1);
  }

  private void drawDays(Optional<CostReport> report) {
    XYChart.Series<String, Number> days = new XYChart.Series<>();
    days.setName("Cost per day (USD)");
    report.ifPresent(
        r ->
            r.days()
                .forEach(
                    d ->
                        days.getData()
                            .add(new XYChart.Data<>(DAY.format(d.date()), d.totalUsd()))));
    dailyChart.getData().setAll(java.util.List.of(days));
    tooltips(days);
  }

  private static void tooltips(XYChart.Series<String, Number> series) {
    for (XYChart.Data<String, Number> bar : series.getData()) {
      if (bar.getNode() != null) {
        Tooltip.install(
            bar.getNode(),
            new Tooltip(
                series.getName()
                    + "\n"
                    + bar.getXValue().replace('\n', ' ')
                    + ": "
                    + Units.usdShort(bar.getYValue().doubleValue())));
      }
    }
  }

  private static void text(TableColumn<CostRow, String> column, Function<CostRow, String> value) {
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
  }
}
