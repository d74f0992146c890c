package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cloud.MetricRange;
import dev.eksdesk.ui.fx.Fxml;
import java.io.File;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The dashboards screen: range, auto refresh and export above three tabs (metrics, pod IPs, cost).
 * Owns the timers: auto refresh, the running cost's one-second tick, the periodic ENI read.
 */
public final class DashboardsView {
  /** Between Kubernetes' change notices, the ENIs are read again this often. */
  static final javafx.util.Duration ADDRESS_READ_INTERVAL = javafx.util.Duration.seconds(10);

  private final DashboardsViewModel model;
  private final Timeline ticker;
  private final Timeline addressReader;
  private final PodIpRemedies remedies;
  private Timeline autoRefresher;

  @FXML private Label titleLabel;
  @FXML private HBox rangeBox;
  @FXML private ComboBox<Duration> autoRefreshBox;
  @FXML private Button refreshButton;
  @FXML private Button exportButton;
  @FXML private Label statusLabel;
  @FXML private TabPane tabs;
  @FXML private Tab metricsTab;
  @FXML private Tab podIpTab;
  @FXML private Tab costTab;
  @FXML private VBox emptyState;

  public DashboardsView(DashboardsViewModel model) {
    this(model, null);
  }

  /**
   * @param remedies what the Pod IPs advice cards' buttons start; null for cards without buttons
   */
  public DashboardsView(DashboardsViewModel model, PodIpRemedies remedies) {
    this.remedies = remedies;
    this.model = model;
    this.ticker = every(javafx.util.Duration.seconds(1), model::tick);
    this.addressReader = every(ADDRESS_READ_INTERVAL, model::readAddresses);
  }

  @FXML
  private void initialize() {
    titleLabel.textProperty().bind(model.titleProperty());
    statusLabel.textProperty().bind(model.statusProperty());
    ToggleGroup ranges = new ToggleGroup();
    for (MetricRange range : MetricRange.values()) {
      ToggleButton button = new ToggleButton(range.label());
      button.setId("range-" + range.name().toLowerCase(java.util.Locale.ROOT));
      button.setToggleGroup(ranges);
      button.setUserData(range);
      button.setSelected(range == model.rangeProperty().get());
      rangeBox.getChildren().add(button);
    }
    ranges
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true);
              } else {
                model.rangeProperty().set((MetricRange) now.getUserData());
              }
            });
    autoRefreshBox.getItems().setAll(DashboardsViewModel.AUTO_REFRESH_CHOICES);
    autoRefreshBox.setConverter(new AutoRefreshLabels());
    autoRefreshBox.valueProperty().bindBidirectional(model.autoRefreshProperty());
    model.autoRefreshProperty().addListener((obs, old, now) -> scheduleAutoRefresh(now));
    refreshButton
        .disableProperty()
        .bind(model.refreshingProperty().or(model.hasClusterProperty().not()));
    exportButton.disableProperty().bind(model.hasClusterProperty().not());

    metricsTab.setContent(Fxml.load(new MetricsPanelView(model.metrics())));
    podIpTab.setContent(
        Fxml.load(
            remedies == null
                ? new PodIpPanelView(model.podIps())
                : new PodIpPanelView(model.podIps(), remedies)));
    costTab.setContent(Fxml.load(new CostPanelView(model.cost(), model::readCostExplorerNow)));
    tabs.visibleProperty().bind(model.hasClusterProperty());
    emptyState.visibleProperty().bind(model.hasClusterProperty().not());

    scheduleAutoRefresh(model.autoRefreshProperty().get());
    ticker.play();
    addressReader.play();
    model.start();
  }

  @FXML
  private void refresh() {
    model.refresh();
  }

  @FXML
  private void exportCsv() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export the series as CSV");
    chooser.setInitialFileName("eksdesk-metrics.csv");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
    File file = chooser.showSaveDialog(exportButton.getScene().getWindow());
    if (file != null) {
      model.exportCsv(file.toPath());
    }
  }

  private void scheduleAutoRefresh(Duration interval) {
    if (autoRefresher != null) {
      autoRefresher.stop();
      autoRefresher = null;
    }
    if (interval != null && !interval.isZero()) {
      autoRefresher = every(javafx.util.Duration.millis(interval.toMillis()), model::refresh);
      autoRefresher.play();
    }
  }

  private static Timeline every(javafx.util.Duration interval, Runnable action) {
    Timeline timeline = new Timeline(new KeyFrame(interval, e -> action.run()));
    timeline.setCycleCount(Animation.INDEFINITE);
    return timeline;
  }

  private static final class AutoRefreshLabels extends StringConverter<Duration> {
    @Override
    public String toString(Duration interval) {
      if (interval == null || interval.isZero()) {
        return "Off";
      }
      return interval.toMinutes() >= 1
          ? "Every " + interval.toMinutes() + " min"
          : "Every " + interval.toSeconds() + " s";
    }

    @Override
    public Duration fromString(String text) {
      throw new UnsupportedOperationException("the choices are fixed");
    }
  }
}
