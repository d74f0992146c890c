package dev.eksdesk.ui.provisioning;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.ui.fx.SandboxSpeedChoice;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The run: steps with state, duration and retries, progress and ETA, the log, cancel, destroy. */
public final class ProvisioningView {

  private final ProvisioningViewModel model;
  private final DayTwoDialogs dialogs;

  @FXML private Label titleLabel;
  @FXML private ComboBox<Double> speedBox;
  @FXML private Button cancelButton;
  @FXML private Button newButton;
  @FXML private Button editButton;
  @FXML private HBox dayTwoBox;
  @FXML private Button followIpButton;
  @FXML private ProgressBar progressBar;
  @FXML private Label etaLabel;
  @FXML private Label outcomeLabel;
  @FXML private HBox destroyBox;
  @FXML private TextField confirmField;
  @FXML private Button destroyButton;
  @FXML private TableView<StepRow> stepTable;
  @FXML private TableColumn<StepRow, StepState> stateColumn;
  @FXML private TableColumn<StepRow, String> stepColumn;
  @FXML private TableColumn<StepRow, String> durationColumn;
  @FXML private TableColumn<StepRow, Number> retriesColumn;
  @FXML private TableColumn<StepRow, String> messageColumn;
  @FXML private ListView<String> logList;

  public ProvisioningView(ProvisioningViewModel model, DayTwoDialogs dialogs) {
    this.model = model;
    this.dialogs = dialogs;
  }

  @FXML
  private void initialize() {
    titleLabel.textProperty().bind(model.titleProperty());
    SandboxSpeedChoice.bind(speedBox, model.speedProperty());
    speedBox.disableProperty().bind(model.runningProperty());
    cancelButton.disableProperty().bind(model.runningProperty().not());
    newButton.disableProperty().bind(model.runningProperty());
    progressBar.progressProperty().bind(model.progressProperty());
    etaLabel.textProperty().bind(model.etaProperty());
    outcomeLabel.textProperty().bind(model.outcomeProperty());
    model.failedProperty().addListener((obs, old, failed) -> styleOutcome(failed));
    styleOutcome(model.failedProperty().get());
    editButton.visibleProperty().bind(model.editableProperty());
    editButton.managedProperty().bind(editButton.visibleProperty());
    dayTwoBox.visibleProperty().bind(model.editableProperty());
    dayTwoBox.managedProperty().bind(dayTwoBox.visibleProperty());
    followIpButton.visibleProperty().bind(model.accessMovedProperty());
    followIpButton.managedProperty().bind(followIpButton.visibleProperty());
    followIpButton.setTooltip(
        new Tooltip(
            "This machine's address is not in the API endpoint's public CIDRs or the bastion's"
                + " SSH rule: let it in (and no longer the old address)."));
    destroyBox.visibleProperty().bind(model.runningProperty().not());
    destroyBox.managedProperty().bind(destroyBox.visibleProperty());
    destroyButton.disableProperty().bind(confirmField.textProperty().isEmpty());

    stepTable.setItems(model.steps());
    stepTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    stateColumn.setCellValueFactory(c -> c.getValue().stateProperty());
    stateColumn.setCellFactory(c -> new StateCell());
    stepColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().description()));
    column(durationColumn, StepRow::durationProperty);
    retriesColumn.setCellValueFactory(c -> c.getValue().retriesProperty());
    column(messageColumn, StepRow::messageProperty);
    logList.setItems(model.log());
    model
        .log()
        .addListener((ListChangeListener<String>) c -> logList.scrollTo(model.log().size() - 1));
  }

  private void styleOutcome(boolean failed) {
    outcomeLabel.getStyleClass().removeAll("field-error", "run-ok");
    outcomeLabel.getStyleClass().add(failed ? "field-error" : "run-ok");
  }

  private static void column(
      TableColumn<StepRow, String> column, Function<StepRow, ObservableValue<String>> value) {
    column.setCellValueFactory(c -> value.apply(c.getValue()));
  }

  /** The state as a coloured word, styled from CSS by state. */
  private static final class StateCell extends TableCell<StepRow, StepState> {
    @Override
    protected void updateItem(StepState state, boolean empty) {
      super.updateItem(state, empty);
      getStyleClass().removeIf(s -> s.startsWith("step-"));
      if (empty || state == null) {
        setText(null);
      } else {
        setText(state.toString());
        getStyleClass().add("step-" + state.name().toLowerCase(Locale.ROOT));
      }
    }
  }

  @FXML
  private void cancel() {
    model.cancel();
  }

  @FXML
  private void destroy() {
    if (!model.destroy(confirmField.getText())) {
      outcomeLabel.setText("Type the cluster's exact name to confirm the destroy.");
    }
    confirmField.clear();
  }

  @FXML
  private void edit() {
    model.edit();
  }

  @FXML
  private void scale() {
    offer(dialogs::scale);
  }

  @FXML
  private void retype() {
    offer(dialogs::retype);
  }

  @FXML
  private void upgrade() {
    offer(dialogs::upgrade);
  }

  @FXML
  private void followIp() {
    model.followMyIp();
  }

  private void offer(Function<ClusterSpec, Dialog<UnaryOperator<ClusterSpec>>> dialog) {
    dialogs.offer(model, dialog);
  }

  @FXML
  private void newCluster() {
    model.newCluster();
  }
}
