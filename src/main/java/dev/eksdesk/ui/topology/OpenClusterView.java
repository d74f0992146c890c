package dev.eksdesk.ui.topology;

import dev.eksdesk.ui.topology.OpenClusterViewModel.Status;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Open cluster panel, in the place of the topology's details: where it looks, what it is doing
 * or what went wrong, and the clusters to pick from.
 */
public final class OpenClusterView {
  private final OpenClusterViewModel viewModel;

  @FXML private VBox root;
  @FXML private Label whereLabel;
  @FXML private HBox statusBox;
  @FXML private ProgressIndicator busyIndicator;
  @FXML private FontIcon statusIcon;
  @FXML private Label messageLabel;
  @FXML private Label nextActionLabel;
  @FXML private Button retryButton;
  @FXML private ListView<FoundCluster> clusterList;
  @FXML private Button drawButton;

  public OpenClusterView(OpenClusterViewModel viewModel) {
    this.viewModel = viewModel;
  }

  @FXML
  private void initialize() {
    showWhen(root, viewModel.shownProperty());
    whereLabel.textProperty().bind(Bindings.concat("In ", viewModel.whereProperty()));
    messageLabel.textProperty().bind(viewModel.messageProperty());
    nextActionLabel.textProperty().bind(viewModel.nextActionProperty());
    showWhen(nextActionLabel, viewModel.nextActionProperty().isNotEmpty());
    var status = viewModel.statusProperty();
    BooleanBinding busy = status.isEqualTo(Status.LOADING).or(status.isEqualTo(Status.DRAWING));
    showWhen(busyIndicator, busy);
    showWhen(statusIcon, busy.not());
    status.addListener((o, old, now) -> showStatus(now));
    showStatus(status.get());
    showWhen(retryButton, status.isEqualTo(Status.FAILED));
    clusterList.setItems(viewModel.clusters());
    clusterList.setCellFactory(list -> new FoundClusterCell());
    showWhen(clusterList, Bindings.isNotEmpty(viewModel.clusters()));
    clusterList.setOnMouseClicked(
        event -> {
          if (event.getClickCount() == 2 && !busy.get()) {
            drawSelected();
          }
        });
    drawButton
        .disableProperty()
        .bind(busy.or(clusterList.getSelectionModel().selectedItemProperty().isNull()));
    showWhen(drawButton, clusterList.visibleProperty());
  }

  private void showStatus(Status status) {
    statusBox.getStyleClass().removeAll("failed", "empty");
    switch (status) {
      case FAILED -> {
        statusIcon.setIconLiteral("mdi2a-alert-circle-outline");
        statusBox.getStyleClass().add("failed");
      }
      case EMPTY -> {
        statusIcon.setIconLiteral("mdi2i-information-outline");
        statusBox.getStyleClass().add("empty");
      }
      default -> statusIcon.setIconLiteral("mdi2k-kubernetes");
    }
  }

  private static void showWhen(Node node, ObservableBooleanValue condition) {
    node.visibleProperty().bind(condition);
    node.managedProperty().bind(condition);
  }

  @FXML
  private void refresh() {
    viewModel.refresh();
  }

  @FXML
  private void close() {
    viewModel.close();
  }

  @FXML
  private void drawSelected() {
    FoundCluster chosen = clusterList.getSelectionModel().getSelectedItem();
    if (chosen != null) {
      viewModel.draw(chosen);
    }
  }
}
