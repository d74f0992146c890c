package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.ElementState;
import dev.eksdesk.topology.PodStatus;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.topology.TopologyLayouter;
import dev.eksdesk.ui.fx.Fxml;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;

/**
 * The topology screen: toolbar, diagram, details of the selection (or the Open cluster panel in
 * their place), summary line.
 */
public final class TopologyView {
  private final TopologyViewModel viewModel;
  private final OpenClusterViewModel openCluster;

  @FXML private TopologyDiagram diagram;
  @FXML private Label zoomLabel;
  @FXML private FlowPane legend;
  @FXML private Label headingLabel;
  @FXML private Label stateLabel;
  @FXML private VBox detailRows;
  @FXML private Label summaryLabel;
  @FXML private Label messageLabel;
  @FXML private HBox openedBanner;
  @FXML private Label openedLabel;
  @FXML private Button backToLiveButton;
  @FXML private StackPane sidePanels;

  public TopologyView(TopologyViewModel viewModel, OpenClusterViewModel openCluster) {
    this.viewModel = viewModel;
    this.openCluster = openCluster;
  }

  @FXML
  private void initialize() {
    diagram.topologyProperty().bind(viewModel.topologyProperty());
    diagram.selectionProperty().bindBidirectional(viewModel.selectionProperty());
    zoomLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> Math.round(diagram.getScale() * 100) + " %", diagram.scaleProperty()));
    headingLabel.textProperty().bind(viewModel.headingProperty());
    stateLabel.textProperty().bind(viewModel.stateProperty());
    summaryLabel.textProperty().bind(viewModel.summaryProperty());
    messageLabel.textProperty().bind(viewModel.messageProperty());
    viewModel.details().addListener((ListChangeListener<DetailRow>) c -> showDetails());
    showDetails();
    legend.getChildren().setAll(legendItems());
    bindOpenedBanner();
    sidePanels.getChildren().add(Fxml.load(new OpenClusterView(openCluster)));
  }

  private void bindOpenedBanner() {
    openedBanner.visibleProperty().bind(viewModel.showingLiveProperty().not());
    openedBanner.managedProperty().bind(openedBanner.visibleProperty());
    openedLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    "Showing "
                        + viewModel.topologyProperty().get().cluster()
                        + " from "
                        + viewModel.openedFromProperty().get()
                        + " as it was when opened; open it again to refresh.",
                viewModel.topologyProperty(),
                viewModel.openedFromProperty()));
    backToLiveButton
        .textProperty()
        .bind(Bindings.concat("Back to ", viewModel.liveClusterProperty()));
    // Another cluster has another size: show all of it rather than the old zoom.
    viewModel.showingLiveProperty().addListener((o, old, now) -> diagram.fit());
    viewModel
        .topologyProperty()
        .addListener(
            (o, old, now) -> {
              if (!old.cluster().equals(now.cluster())) {
                diagram.fit();
              }
            });
  }

  private void showDetails() {
    detailRows.getChildren().clear();
    for (DetailRow row : viewModel.details()) {
      Label name = new Label(row.name());
      name.getStyleClass().add("detail-name");
      Label value = new Label(row.value());
      value.getStyleClass().add("detail-value");
      detailRows.getChildren().addAll(name, value);
    }
  }

  /** The state colours and pod colours, drawn with the diagram's own style classes. */
  private static List<Node> legendItems() {
    List<Node> items = new ArrayList<>();
    for (ElementState state : ElementState.values()) {
      Circle dot = new Circle(4);
      dot.getStyleClass().add("state-dot");
      Label label = new Label(state.displayName(), dot);
      label.getStyleClass().addAll("topology-element-legend", state.styleClass());
      items.add(label);
    }
    for (PodStatus status : List.of(PodStatus.RUNNING, PodStatus.STARTING, PodStatus.FAILED)) {
      Rectangle mark = new Rectangle(7, 7);
      mark.getStyleClass().addAll("pod-mark", "pod-" + status.name().toLowerCase(Locale.ROOT));
      items.add(new Label("Pod " + status.name().toLowerCase(Locale.ROOT), mark));
    }
    return items;
  }

  @FXML
  private void openCluster() {
    openCluster.open();
  }

  @FXML
  private void backToLive() {
    viewModel.showLive();
  }

  @FXML
  private void zoomIn() {
    diagram.zoomIn();
  }

  @FXML
  private void zoomOut() {
    diagram.zoomOut();
  }

  @FXML
  private void fit() {
    diagram.fit();
  }

  @FXML
  private void choosePng() {
    choose("PNG image", "*.png").ifPresent(this::exportPng);
  }

  @FXML
  private void chooseSvg() {
    choose("SVG drawing", "*.svg").ifPresent(this::exportSvg);
  }

  private Optional<Path> choose(String description, String pattern) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export the topology");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
    chooser.setInitialFileName(
        viewModel.topologyProperty().get().cluster() + "-topology" + pattern.substring(1));
    File file = chooser.showSaveDialog(diagram.getScene().getWindow());
    return Optional.ofNullable(file).map(File::toPath);
  }

  /** Renders on the FX thread, encodes and writes in the background. */
  public CompletableFuture<Path> exportPng(Path file) {
    Topology shown = viewModel.topologyProperty().get();
    WritableImage picture =
        DiagramPicture.render(
            shown,
            TopologyLayouter.layout(shown),
            diagram.podPalette(),
            diagram.getScene().getStylesheets());
    BufferedImage image = SwingFXUtils.fromFXImage(picture, null);
    return viewModel.exportPng(file, image);
  }

  public CompletableFuture<Path> exportSvg(Path file) {
    return viewModel.exportSvg(file);
  }
}
