package dev.eksdesk.ui.clusters;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** The Clusters screen: every cluster, which one the other screens show, Edit and Destroy. */
public final class ClustersView {
  /** How often the list is read again while the app is open. */
  private static final Duration REFRESH_EVERY = Duration.seconds(30);

  private final ClustersViewModel viewModel;

  /** The row the user last selected, found again when a refresh replaces the rows. */
  private ChosenCluster selected;

  @FXML private TextField filterField;
  @FXML private Label refreshedLabel;
  @FXML private TableView<ClusterRow> table;
  @FXML private TableColumn<ClusterRow, String> nameColumn;
  @FXML private TableColumn<ClusterRow, String> accountColumn;
  @FXML private TableColumn<ClusterRow, String> regionColumn;
  @FXML private TableColumn<ClusterRow, String> versionColumn;
  @FXML private TableColumn<ClusterRow, String> statusColumn;
  @FXML private TableColumn<ClusterRow, String> builtColumn;
  @FXML private TableColumn<ClusterRow, Integer> nodesColumn;
  @FXML private TableColumn<ClusterRow, Double> costColumn;
  @FXML private TableColumn<ClusterRow, String> lastRunColumn;
  @FXML private TableColumn<ClusterRow, String> stateColumn;
  @FXML private Button showButton;
  @FXML private Button editButton;
  @FXML private Button destroyButton;
  @FXML private Button unlockButton;
  @FXML private Label unlockedLabel;
  @FXML private Label reasonLabel;
  @FXML private TextField profileField;
  @FXML private TextField regionField;
  @FXML private TextField endpointField;
  @FXML private Button removeSourceButton;
  @FXML private Label sourceMessage;

  public ClustersView(ClustersViewModel viewModel) {
    this.viewModel = viewModel;
  }

  @FXML
  private void initialize() {
    filterField.textProperty().bindBidirectional(viewModel.filterProperty());
    refreshedLabel.textProperty().bind(viewModel.refreshedProperty());
    unlockedLabel.textProperty().bind(viewModel.unlockedProperty());
    takesSpaceOnlyWithText(unlockedLabel);
    takesSpaceOnlyWithText(reasonLabel);
    text(nameColumn, row -> row.isProblem() ? row.source().label() : row.name());
    text(accountColumn, ClusterRow::account);
    text(regionColumn, ClusterRow::region);
    text(versionColumn, ClusterRow::version);
    text(statusColumn, row -> row.isProblem() ? row.problem() : row.status());
    text(builtColumn, row -> row.isProblem() ? "" : row.builtByEksdesk() ? "yes" : "no");
    nodesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nodes()));
    costColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().monthlyUsd()));
    costColumn.setCellFactory(
        column ->
            new javafx.scene.control.TableCell<>() {
              @Override
              protected void updateItem(Double cost, boolean empty) {
                super.updateItem(cost, empty);
                ClusterRow row = empty ? null : getTableRow().getItem();
                setText(row == null || row.isProblem() ? null : ClustersViewModel.monthlyCost(row));
              }
            });
    text(lastRunColumn, viewModel::lastRun);
    text(stateColumn, ClusterRow::state);

    SortedList<ClusterRow> sorted = new SortedList<>(viewModel.visibleRows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setRowFactory(t -> new ClusterTableRow());
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (row != null) {
                selected = row.chosen();
              }
              showActions();
            });
    viewModel
        .chosenProperty()
        .addListener(
            obs -> {
              table.refresh();
              selectChosen();
            });
    sorted.addListener((javafx.collections.ListChangeListener<ClusterRow>) c -> keepSelection());
    showActions();

    Timeline refresh = new Timeline(new KeyFrame(REFRESH_EVERY, e -> viewModel.refresh()));
    refresh.setCycleCount(Timeline.INDEFINITE);
    refresh.play();
  }

  private static void takesSpaceOnlyWithText(Label label) {
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
  }

  private static void text(
      TableColumn<ClusterRow, String> column, Function<ClusterRow, String> value) {
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
  }

  /** The chosen cluster in bold; an account that could not be read in the error colour. */
  private final class ClusterTableRow extends TableRow<ClusterRow> {
    @Override
    protected void updateItem(ClusterRow row, boolean empty) {
      super.updateItem(row, empty);
      ChosenCluster chosen = viewModel.chosenProperty().get();
      boolean isChosen =
          !empty && row != null && chosen != null && Objects.equals(row.chosen(), chosen);
      getStyleClass().removeAll("chosen-cluster", "unreadable-account");
      if (isChosen) {
        getStyleClass().add("chosen-cluster");
      }
      if (!empty && row != null && row.isProblem()) {
        getStyleClass().add("unreadable-account");
      }
      setTooltip(!empty && row != null && row.isProblem() ? new Tooltip(row.problem()) : null);
      setOnMouseClicked(
          e -> {
            if (e.getClickCount() == 2 && getItem() != null) {
              viewModel.choose(getItem());
            }
          });
    }
  }

  /**
   * A background refresh replaces an account's rows: the row the user selected stays selected (a
   * click on Show must act on it, not on whatever the refresh left selected). While it is briefly
   * absent, nothing else is selected in its place.
   */
  private void keepSelection() {
    if (table.getSelectionModel().getSelectedItem() != null) {
      return;
    }
    if (selected == null) {
      selectChosen();
      return;
    }
    select(selected);
  }

  /** With nothing selected, the chosen cluster is, so its actions show at once. */
  private void selectChosen() {
    ChosenCluster chosen = viewModel.chosenProperty().get();
    if (chosen != null && table.getSelectionModel().getSelectedItem() == null) {
      select(chosen);
    }
  }

  private void select(ChosenCluster cluster) {
    table.getItems().stream()
        .filter(row -> cluster.equals(row.chosen()))
        .findFirst()
        .ifPresent(row -> table.getSelectionModel().select(row));
  }

  private void showActions() {
    ClusterRow row = table.getSelectionModel().getSelectedItem();
    boolean cluster = row != null && !row.isProblem();
    showButton.setDisable(!cluster);
    String reason = row == null ? "Choose a cluster in the list." : row.whyNotManaged().orElse("");
    editButton.setDisable(!reason.isEmpty());
    destroyButton.setDisable(!reason.isEmpty());
    reasonLabel.setText(row == null || reason.isEmpty() ? "" : reason);
    Tooltip why = reason.isEmpty() ? null : new Tooltip(reason);
    // a disabled button shows no tooltip of its own: the label beside it says the same
    editButton.setTooltip(why);
    destroyButton.setTooltip(why);
    removeSourceButton.setDisable(row == null || row.source().isSandbox());
    unlockButton.setDisable(row == null || !row.lockHeld());
  }

  @FXML
  private void refresh() {
    viewModel.refresh();
  }

  @FXML
  private void show() {
    viewModel.choose(table.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void edit() {
    viewModel.edit(table.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void destroy() {
    ClusterRow row = table.getSelectionModel().getSelectedItem();
    if (row == null) {
      return;
    }
    typedName(
            "Destroy " + row.name(),
            "Destroying deletes every resource Eksdesk made for "
                + row.name()
                + " in account "
                + row.account()
                + ". Type the cluster's name to confirm.")
        .ifPresent(typed -> viewModel.destroy(row, typed));
  }

  @FXML
  private void unlock() {
    ClusterRow row = table.getSelectionModel().getSelectedItem();
    if (row == null) {
      return;
    }
    typedName(
            "Unlock " + row.name(),
            row.state()
                + (row.lockStale()
                    ? ". Its holder stopped sending heartbeats: it most likely stopped."
                    : ". Its heartbeat is recent: that Eksdesk is most likely still running, and"
                        + " clearing the lock would let a second run start beside it.")
                + " Type the cluster's name to clear the lock.")
        .ifPresent(typed -> viewModel.unlock(row, typed));
  }

  /** Asks for the cluster's name, which the action then checks, before it goes ahead. */
  private Optional<String> typedName(String title, String header) {
    TextInputDialog confirm = new TextInputDialog();
    confirm.setTitle(title);
    confirm.setHeaderText(header);
    confirm.initOwner(table.getScene().getWindow());
    return confirm.showAndWait();
  }

  @FXML
  private void addSource() {
    sourceMessage.setText(
        viewModel
            .addSource(profileField.getText(), regionField.getText(), endpointField.getText())
            .orElse(""));
    if (sourceMessage.getText().isEmpty()) {
      profileField.clear();
      regionField.clear();
      endpointField.clear();
    }
  }

  @FXML
  private void removeSource() {
    ClusterRow row = table.getSelectionModel().getSelectedItem();
    if (row != null) {
      viewModel.removeSource(row.source());
    }
  }
}
