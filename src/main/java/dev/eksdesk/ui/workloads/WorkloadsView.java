package dev.eksdesk.ui.workloads;

import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.WorkloadKind;
import dev.eksdesk.kube.WorkloadRow;
import dev.eksdesk.ui.nodes.KubeAge;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Workloads: Deployments, DaemonSets, StatefulSets and Services of the cluster shown with their
 * ready/desired counts, in the chosen namespace; the pods of the selected one; port forwards to a
 * pod or a Service, listed while they run.
 */
public final class WorkloadsView {
  private static final Duration AGE_TICK = Duration.ofSeconds(5);

  private final WorkloadsViewModel model;
  private final PortForwardsViewModel forwards;

  @FXML private Label titleLabel;
  @FXML private Label summaryLabel;
  @FXML private Label problemLabel;
  @FXML private ComboBox<String> namespaceBox;
  @FXML private VBox emptyState;
  @FXML private SplitPane tables;
  @FXML private TableView<WorkloadRow> workloadTable;
  @FXML private Label workloadPlaceholder;
  @FXML private TableColumn<WorkloadRow, WorkloadKind> kindColumn;
  @FXML private TableColumn<WorkloadRow, String> namespaceColumn;
  @FXML private TableColumn<WorkloadRow, String> nameColumn;
  @FXML private TableColumn<WorkloadRow, WorkloadRow> readyColumn;
  @FXML private TableColumn<WorkloadRow, String> detailColumn;
  @FXML private TableColumn<WorkloadRow, Instant> ageColumn;
  @FXML private Label podsTitle;
  @FXML private TableView<PodRow> podTable;
  @FXML private TableColumn<PodRow, String> podNameColumn;
  @FXML private TableColumn<PodRow, String> podReadyColumn;
  @FXML private TableColumn<PodRow, String> podStatusColumn;
  @FXML private TableColumn<PodRow, Integer> podRestartsColumn;
  @FXML private TableColumn<PodRow, String> podIpColumn;
  @FXML private TableColumn<PodRow, String> podNodeColumn;
  @FXML private TextField remotePortField;
  @FXML private TextField localPortField;
  @FXML private Button forwardPodButton;
  @FXML private Button forwardServiceButton;
  @FXML private Label forwardMessage;
  @FXML private ListView<ActiveForward> forwardList;

  public WorkloadsView(WorkloadsViewModel model, PortForwardsViewModel forwards) {
    this.model = model;
    this.forwards = forwards;
  }

  @FXML
  private void initialize() {
    titleLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> model.cluster().map(c -> "Workloads — " + c.name()).orElse("Workloads"),
                model.clusterProperty()));
    summaryLabel.textProperty().bind(model.summaryProperty());
    workloadPlaceholder.textProperty().bind(model.emptyTableProperty());
    problemLabel.textProperty().bind(model.problemProperty());
    problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
    problemLabel.managedProperty().bind(problemLabel.visibleProperty());
    emptyState.visibleProperty().bind(model.clusterProperty().isNull());
    tables.visibleProperty().bind(model.clusterProperty().isNotNull());
    namespaceBox.setItems(model.namespaces().choices());
    namespaceBox.valueProperty().bindBidirectional(model.namespaces().chosenProperty());
    bindWorkloads();
    bindPods();
    bindForwards();
    model.nowProperty().addListener((obs, old, now) -> workloadTable.refresh());
    Timeline ages =
        new Timeline(
            new KeyFrame(javafx.util.Duration.millis(AGE_TICK.toMillis()), e -> model.tick()));
    ages.setCycleCount(Timeline.INDEFINITE);
    ages.play();
    model.clusterProperty().addListener((obs, old, now) -> forwards.stopAll());
    model.start();
  }

  private void bindWorkloads() {
    SortedList<WorkloadRow> sorted = new SortedList<>(model.visibleWorkloads());
    sorted.comparatorProperty().bind(workloadTable.comparatorProperty());
    workloadTable.setItems(sorted);
    kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
    text(namespaceColumn, WorkloadRow::namespace);
    text(nameColumn, WorkloadRow::name);
    text(detailColumn, WorkloadRow::detail);
    readyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    readyColumn.setComparator(
        Comparator.comparingInt((WorkloadRow r) -> r.desired() - r.ready())
            .thenComparing(WorkloadRow::desired));
    readyColumn.setCellFactory(
        column ->
            new TableCell<>() {
              @Override
              protected void updateItem(WorkloadRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("workload-short");
                setText(empty || row == null ? null : row.readyOfDesired());
                if (!empty && row != null && !row.healthy()) {
                  getStyleClass().add("workload-short");
                }
              }
            });
    ageColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().createdAt()));
    ageColumn.setComparator(Comparator.nullsLast(Comparator.reverseOrder()));
    ageColumn.setCellFactory(
        column ->
            new TableCell<>() {
              @Override
              protected void updateItem(Instant createdAt, boolean empty) {
                super.updateItem(createdAt, empty);
                setText(
                    empty || createdAt == null
                        ? null
                        : KubeAge.format(Duration.between(createdAt, model.nowProperty().get())));
              }
            });
    // Selection goes both ways by key: a snapshot replaces a changed row with a fresh one.
    workloadTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (row != null || old == null || !model.visibleWorkloads().contains(old)) {
                model.selectedProperty().set(row);
              }
            });
    model
        .selectedProperty()
        .addListener(
            (obs, old, row) -> {
              WorkloadRow shown = workloadTable.getSelectionModel().getSelectedItem();
              if (row != null && (shown == null || !shown.key().equals(row.key()))) {
                workloadTable.getSelectionModel().select(row);
              }
            });
  }

  private void bindPods() {
    podTable.setItems(model.podsOfSelected());
    text(podNameColumn, PodRow::name);
    text(podReadyColumn, PodRow::ready);
    text(podStatusColumn, PodRow::status);
    podRestartsColumn.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(c.getValue().restarts()));
    text(podIpColumn, p -> p.ip() == null ? "" : p.ip());
    text(podNodeColumn, p -> p.node() == null ? "" : p.node());
    podsTitle
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  WorkloadRow row = model.selectedProperty().get();
                  return row == null
                      ? "Pods"
                      : "Pods of " + row.kind() + " " + row.namespace() + "/" + row.name();
                },
                model.selectedProperty()));
  }

  private void bindForwards() {
    remotePortField.textProperty().bindBidirectional(forwards.remotePortProperty());
    localPortField.textProperty().bindBidirectional(forwards.localPortProperty());
    forwardMessage.textProperty().bind(forwards.messageProperty());
    forwardPodButton
        .disableProperty()
        .bind(podTable.getSelectionModel().selectedItemProperty().isNull());
    forwardServiceButton
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> {
                  WorkloadRow row = model.selectedProperty().get();
                  return row == null || row.kind() != WorkloadKind.SERVICE;
                },
                model.selectedProperty()));
    model.selectedProperty().addListener((obs, old, row) -> forwards.suggestFor(row));
    forwardList.setItems(forwards.active());
    forwardList.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(ActiveForward forward, boolean empty) {
                super.updateItem(forward, empty);
                if (empty || forward == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                Label what = new Label(forward.describe());
                what.setWrapText(true);
                what.setMaxWidth(190);
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Button stop = new Button("Stop");
                stop.getStyleClass().add("flat");
                stop.setId("forward-stop");
                stop.setOnAction(e -> forwards.stop(forward));
                HBox row = new HBox(8, what, gap, stop);
                row.getStyleClass().add("forward-row");
                setText(null);
                setGraphic(row);
              }
            });
  }

  @FXML
  private void forwardToPod() {
    PodRow pod = podTable.getSelectionModel().getSelectedItem();
    if (pod != null) {
      forwards.forwardToPod(pod);
    }
  }

  @FXML
  private void forwardToService() {
    WorkloadRow row = model.selectedProperty().get();
    if (row != null && row.kind() == WorkloadKind.SERVICE) {
      forwards.forwardToService(row);
    }
  }

  private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
  }
}
