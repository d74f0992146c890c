package dev.eksdesk.ui.provisioning;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The run: steps with state, duration and retries, progress and ETA, the log, cancel, destroy. */
public final class ProvisioningView {
  private static final List<Double> SPEEDS = List.of(1.0, 10.0, 60.0, 300.0);

  private final ProvisioningViewModel model;

  @FXML private Label titleLabel;
  @FXML private ComboBox<Double> speedBox;
  @FXML private Button cancelButton;
  @FXML private Button newButton;
  @FXML private Button editButton;
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

  public ProvisioningView(ProvisioningViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    titleLabel.textProperty().bind(model.titleProperty());
    speedBox.getItems().setAll(SPEEDS);
    speedBox.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Double speed) {
            return speed == null
                ? ""
                : speed == 1 ? "real time" : String.format(Locale.ROOT, "%.0f×", speed);
          }

          @Override
          public Double fromString(String text) {
            return null;
          }
        });
    speedBox
        .valueProperty()
        .addListener(
            (obs, old, speed) -> {
              if (speed != null) {
                model.speedProperty().set(speed);
              }
            });
    model.speedProperty().addListener((obs, old, speed) -> speedBox.setValue(speed.doubleValue()));
    speedBox.setValue(model.speedProperty().get());
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
  private void newCluster() {
    model.newCluster();
  }
}
