package dev.eksdesk.ui.dashboard;

import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;

/**
 * Nodes with their latest values, and charts of the chosen nodes, the NAT and the control plane.
 */
public final class MetricsPanelView {
  private final MetricsPanelViewModel model;
  private final ZoneId zone = ZoneId.systemDefault();

  @FXML private TableView<NodeMetricsRow> nodeTable;
  @FXML private TableColumn<NodeMetricsRow, String> instanceColumn;
  @FXML private TableColumn<NodeMetricsRow, String> ipColumn;
  @FXML private TableColumn<NodeMetricsRow, String> typeColumn;
  @FXML private TableColumn<NodeMetricsRow, String> cpuColumn;
  @FXML private TableColumn<NodeMetricsRow, String> inColumn;
  @FXML private TableColumn<NodeMetricsRow, String> outColumn;
  @FXML private GridPane charts;

  public MetricsPanelView(MetricsPanelViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    text(instanceColumn, NodeMetricsRow::instanceId);
    text(ipColumn, NodeMetricsRow::privateIp);
    text(typeColumn, NodeMetricsRow::instanceType);
    text(cpuColumn, r -> Units.percent(r.cpuPercent()));
    text(inColumn, r -> Units.rate(r.networkInBytesPerSecond()));
    text(outColumn, r -> Units.rate(r.networkOutBytesPerSecond()));
    nodeTable.setItems(model.nodes());
    nodeTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    nodeTable
        .getSelectionModel()
        .getSelectedItems()
        .addListener(
            (ListChangeListener<NodeMetricsRow>)
                change -> {
                  if (!nodeTable.getItems().isEmpty() && nodeTable.isFocused()) {
                    model.chartNodes(
                        nodeTable.getSelectionModel().getSelectedItems().stream()
                            .map(NodeMetricsRow::instanceId)
                            .toList());
                  }
                });
    place(model.cpuProperty(), "chart-cpu", 0, 0);
    place(model.networkProperty(), "chart-network", 1, 0);
    place(model.natProperty(), "chart-nat", 0, 1);
    place(model.controlPlaneProperty(), "chart-control-plane", 1, 1);
  }

  private void place(ReadOnlyObjectProperty<ChartData> data, String id, int column, int row) {
    LineChart<Number, Number> chart = TimeCharts.create(id);
    TimeCharts.show(chart, data.get(), zone);
    data.addListener((obs, old, now) -> TimeCharts.show(chart, now, zone));
    charts.add(chart, column, row);
  }

  private static void text(
      TableColumn<NodeMetricsRow, String> column, Function<NodeMetricsRow, String> value) {
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
  }
}
