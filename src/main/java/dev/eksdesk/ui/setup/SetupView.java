package dev.eksdesk.ui.setup;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.ui.provisioning.ProvisioningViewModel;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The Setup screen: the wizard until a run starts, then the run; above both, an offer to resume a
 * run that stopped before it was done.
 */
public final class SetupView {
  private final Node wizard;
  private final Node provisioning;
  private final ProvisioningViewModel runs;

  @FXML private HBox resumeBanner;
  @FXML private Label resumeLabel;
  @FXML private Button resumeButton;
  @FXML private StackPane host;

  public SetupView(Node wizard, Node provisioning, ProvisioningViewModel runs) {
    this.wizard = wizard;
    this.provisioning = provisioning;
    this.runs = runs;
  }

  @FXML
  private void initialize() {
    host.getChildren().setAll(wizard, provisioning);
    wizard.visibleProperty().bind(runs.activeProperty().not());
    provisioning.visibleProperty().bind(runs.activeProperty());
    runs.resumable().addListener((ListChangeListener<ClusterSpec>) c -> showResume());
    runs.runningProperty().addListener(obs -> showResume());
    showResume();
    runs.findUnfinished();
  }

  private void showResume() {
    boolean offer = !runs.resumable().isEmpty() && !runs.runningProperty().get();
    resumeBanner.setVisible(offer);
    resumeBanner.setManaged(offer);
    if (offer) {
      ClusterSpec first = runs.resumable().get(0);
      resumeLabel.setText(
          "The last run on "
              + first.name()
              + " stopped before it was done. Resuming finds what exists and creates only what is missing.");
    }
  }

  @FXML
  private void resume() {
    if (!runs.resumable().isEmpty()) {
      runs.resume(runs.resumable().get(0));
    }
  }
}
