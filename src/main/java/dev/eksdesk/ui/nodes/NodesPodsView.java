package dev.eksdesk.ui.nodes;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.PodEventRow;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.WellKnown;
import dev.eksdesk.kube.cni.SwapPlan;
import dev.eksdesk.kube.recycle.DrainDecision;
import dev.eksdesk.ui.nodes.CniSwapViewModel.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Nodes & Pods: live node and pod tables with filters and sorting, the selected pod's events, and
 * the side panel for the CNI swap and node recycling.
 */
public final class NodesPodsView {
  /** How often ages are recounted while nothing else changes. */
  private static final Duration AGE_TICK = Duration.ofSeconds(5);

  private enum Panel {
    NONE,
    SWAP,
    RECYCLE
  }

  private final NodesPodsViewModel model;
  private final CniSwapViewModel swap;
  private final RecycleViewModel recycle;
  private final UsageViewModel usage;
  private final NodeGroupChanges nodeGroupChanges;
  private final ReadOnlyObjectWrapper<Panel> panel = new ReadOnlyObjectWrapper<>(Panel.NONE);
  private Optional<String> overlayPool = Optional.empty();
  private List<String> nodesToRecycle = List.of();

  @FXML private Label titleLabel;
  @FXML private Label summaryLabel;
  @FXML private Label problemLabel;
  @FXML private Button swapButton;
  @FXML private Button kubectlButton;
  @FXML private Label kubectlLabel;
  @FXML private Label actionLabel;
  @FXML private HBox podActions;
  @FXML private HBox nodeActions;
  @FXML private Button recycleButton;
  @FXML private Button scaleButton;
  @FXML private Button retypeButton;
  @FXML private VBox emptyState;
  @FXML private SplitPane tables;
  @FXML private Label nodeCountLabel;
  @FXML private Label podCountLabel;
  @FXML private TextField nodeFilterField;
  @FXML private TextField podFilterField;
  @FXML private ComboBox<String> podNamespaceBox;
  @FXML private TableView<NodeRow> nodeTable;
  @FXML private TableColumn<NodeRow, String> nodeNameColumn;
  @FXML private TableColumn<NodeRow, String> instanceIdColumn;
  @FXML private TableColumn<NodeRow, String> instanceTypeColumn;
  @FXML private TableColumn<NodeRow, String> zoneColumn;
  @FXML private TableColumn<NodeRow, String> nodeIpColumn;
  @FXML private TableColumn<NodeRow, NodeRow> podsColumn;
  @FXML private TableColumn<NodeRow, String> nodeCpuColumn;
  @FXML private TableColumn<NodeRow, String> nodeMemoryColumn;
  @FXML private TableColumn<PodRow, String> podCpuColumn;
  @FXML private TableColumn<PodRow, String> podMemoryColumn;
  @FXML private Label usageLabel;
  @FXML private TableColumn<NodeRow, Optional<CniMode>> cniColumn;
  @FXML private TableColumn<NodeRow, NodeRow> nodeStateColumn;
  @FXML private TableColumn<NodeRow, Instant> nodeAgeColumn;
  @FXML private TableView<PodRow> podTable;
  @FXML private TableColumn<PodRow, String> namespaceColumn;
  @FXML private TableColumn<PodRow, String> podNameColumn;
  @FXML private TableColumn<PodRow, String> readyColumn;
  @FXML private TableColumn<PodRow, String> statusColumn;
  @FXML private TableColumn<PodRow, Integer> restartsColumn;
  @FXML private TableColumn<PodRow, Instant> podAgeColumn;
  @FXML private TableColumn<PodRow, String> podIpColumn;
  @FXML private TableColumn<PodRow, String> podNodeColumn;
  @FXML private Label eventsTitle;
  @FXML private TableView<PodEventRow> eventTable;
  @FXML private TableColumn<PodEventRow, String> eventTypeColumn;
  @FXML private TableColumn<PodEventRow, String> eventReasonColumn;
  @FXML private TableColumn<PodEventRow, String> eventMessageColumn;
  @FXML private TableColumn<PodEventRow, Integer> eventCountColumn;
  @FXML private ScrollPane operationPanel;
  @FXML private VBox swapPane;
  @FXML private Label swapStatus;
  @FXML private VBox preflightBox;
  @FXML private TableView<ProgressRow> swapStepTable;
  @FXML private TableColumn<ProgressRow, ProgressState> swapStateColumn;
  @FXML private TableColumn<ProgressRow, String> swapStepColumn;
  @FXML private TableColumn<ProgressRow, String> swapDetailColumn;
  @FXML private Label swapOutcome;
  @FXML private Button swapRunButton;
  @FXML private Button swapThenRecycleButton;
  @FXML private VBox recyclePane;
  @FXML private Label recycleOverlay;
  @FXML private ComboBox<Duration> drainTimeoutBox;
  @FXML private ComboBox<DrainChoice> drainChoiceBox;
  @FXML private VBox questionBox;
  @FXML private Label questionLabel;
  @FXML private TableView<ProgressRow> recycleTable;
  @FXML private TableColumn<ProgressRow, String> recycleNodeColumn;
  @FXML private TableColumn<ProgressRow, ProgressState> recycleStateColumn;
  @FXML private TableColumn<ProgressRow, String> recycleStageColumn;
  @FXML private TableColumn<ProgressRow, String> recycleDetailColumn;
  @FXML private Label recycleOutcome;
  @FXML private Button recycleStartButton;
  @FXML private Button pauseButton;
  @FXML private Button abortButton;

  public NodesPodsView(NodesPodsViewModel model, CniSwapViewModel swap, RecycleViewModel recycle) {
    this(model, swap, recycle, null, NodeGroupChanges.NONE);
  }

  /**
   * @param usage node and pod CPU/memory for their columns; null hides the columns
   * @param nodeGroupChanges what Scale and Change node type open; {@link NodeGroupChanges#NONE}
   *     hides them
   */
  public NodesPodsView(
      NodesPodsViewModel model,
      CniSwapViewModel swap,
      RecycleViewModel recycle,
      UsageViewModel usage,
      NodeGroupChanges nodeGroupChanges) {
    this.model = model;
    this.swap = swap;
    this.recycle = recycle;
    this.usage = usage;
    this.nodeGroupChanges = nodeGroupChanges;
  }

  @FXML
  private void initialize() {
    bindHeader();
    bindNodeTable();
    bindPodTable();
    bindEvents();
    bindUsage();
    bindSwapPanel();
    bindRecyclePanel();
    new TableActions(model, podTable, nodeTable).install(podActions, nodeActions);
    actionLabel.textProperty().bind(model.actions().noticeProperty());
    actionLabel.visibleProperty().bind(actionLabel.textProperty().isNotEmpty());
    actionLabel.managedProperty().bind(actionLabel.visibleProperty());
    panel.addListener((obs, old, now) -> showPanel(now));
    showPanel(Panel.NONE);
    Timeline ages =
        new Timeline(
            new KeyFrame(javafx.util.Duration.millis(AGE_TICK.toMillis()), e -> model.tick()));
    ages.setCycleCount(Timeline.INDEFINITE);
    ages.play();
    model.start();
  }

  private void bindHeader() {
    titleLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> model.cluster().map(c -> "Nodes & Pods — " + c.name()).orElse("Nodes & Pods"),
                model.clusterProperty()));
    summaryLabel.textProperty().bind(model.summaryProperty());
    problemLabel.textProperty().bind(model.problemProperty());
    problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
    problemLabel.managedProperty().bind(problemLabel.visibleProperty());
    emptyState.visibleProperty().bind(model.clusterProperty().isNull());
    tables.visibleProperty().bind(model.clusterProperty().isNotNull());
    kubectlButton
        .disableProperty()
        .bind(Bindings.createBooleanBinding(() -> !model.offersKubectl(), model.clusterProperty()));
    kubectlButton.setTooltip(
        new Tooltip(
            "Write this cluster into ~/.kube/config, as `aws eks update-kubeconfig` does, so"
                + " kubectl reaches it (clusters on AWS only)."));
    // a disabled button shows no tooltip: the reason is written under the title instead
    kubectlLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.kubectlNoticeProperty().get().isEmpty()
                        ? model.kubectlUnavailableReason()
                        : model.kubectlNoticeProperty().get(),
                model.kubectlNoticeProperty(),
                model.clusterProperty()));
    kubectlLabel.visibleProperty().bind(kubectlLabel.textProperty().isNotEmpty());
    kubectlLabel.managedProperty().bind(kubectlLabel.visibleProperty());
    swapButton
        .disableProperty()
        .bind(model.clusterProperty().isNull().or(recycle.runningProperty()));
    recycleButton
        .disableProperty()
        .bind(model.clusterProperty().isNull().or(swap.phaseProperty().isEqualTo(Phase.RUNNING)));
    for (Button change : List.of(scaleButton, retypeButton)) {
      change.setVisible(nodeGroupChanges.offered());
      change.setManaged(nodeGroupChanges.offered());
      change.disableProperty().bind(model.clusterProperty().isNull().or(recycle.runningProperty()));
    }
    model
        .nowProperty()
        .addListener(
            (obs, old, now) -> {
              nodeTable.refresh();
              podTable.refresh();
            });
  }

  private void bindNodeTable() {
    nodeFilterField.textProperty().bindBidirectional(model.nodeFilterProperty());
    sortable(nodeTable, model.visibleNodes());
    text(nodeNameColumn, NodeRow::name);
    text(instanceIdColumn, NodeRow::instanceId);
    text(instanceTypeColumn, NodeRow::instanceType);
    text(zoneColumn, NodeRow::zone);
    text(nodeIpColumn, NodeRow::internalIp);
    podsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    podsColumn.setComparator(
        Comparator.comparingDouble(n -> n.podsRunning() / (double) Math.max(1, n.maxPods())));
    podsColumn.setCellFactory(
        StyledCells.of(
            n -> n.podsRunning() + " / " + n.maxPods(),
            n -> n.podsRunning() >= n.maxPods() ? "node-cordoned" : null));
    cniColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cni()));
    cniColumn.setComparator(Comparator.comparing(c -> c.map(Enum::name).orElse("")));
    cniColumn.setCellFactory(
        StyledCells.of(
            cni -> cni.map(CniMode::displayName).orElse("none"),
            cni ->
                cni.filter(m -> m == CniMode.CALICO_OVERLAY).map(m -> "cni-calico").orElse(null)));
    nodeStateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    nodeStateColumn.setComparator(Comparator.comparing(NodeRow::status));
    nodeStateColumn.setCellFactory(
        StyledCells.of(
            NodeRow::status,
            n ->
                !n.ready()
                    ? "node-not-ready"
                    : n.unschedulable() ? "node-cordoned" : "node-ready"));
    age(nodeAgeColumn, NodeRow::createdAt);
    nodeCountLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> countText(model.visibleNodes().size(), model.nodes().size()),
                model.visibleNodes(),
                model.nodes()));
  }

  private void bindPodTable() {
    podFilterField.textProperty().bindBidirectional(model.podFilterProperty());
    sortable(podTable, model.visiblePods());
    if (model.namespaces() != null) {
      podNamespaceBox.setItems(model.namespaces().choices());
      podNamespaceBox.valueProperty().bindBidirectional(model.namespaces().chosenProperty());
    } else {
      podNamespaceBox.setVisible(false);
      podNamespaceBox.setManaged(false);
    }
    text(namespaceColumn, PodRow::namespace);
    text(podNameColumn, PodRow::name);
    text(readyColumn, PodRow::ready);
    statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
    statusColumn.setCellFactory(StyledCells.of(s -> s, PodStatusStyle::of));
    restartsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().restarts()));
    age(podAgeColumn, PodRow::createdAt);
    text(podIpColumn, p -> p.ip() == null ? "<none>" : p.ip());
    text(podNodeColumn, p -> p.node() == null ? "<none>" : p.node());
    podCountLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> countText(model.visiblePods().size(), model.pods().size()),
                model.visiblePods(),
                model.pods()));
    podTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, pod) -> {
              if (pod != null) {
                model.selectedPodProperty().set(pod);
              }
            });
    // A bulk update replaces rows: select the same pod again so its events stay on screen.
    podTable
        .getItems()
        .addListener(
            (ListChangeListener<PodRow>)
                change -> {
                  PodRow wanted = model.selectedPodProperty().get();
                  PodRow shown = podTable.getSelectionModel().getSelectedItem();
                  if (wanted != null && (shown == null || !shown.key().equals(wanted.key()))) {
                    podTable.getItems().stream()
                        .filter(p -> p.key().equals(wanted.key()))
                        .findFirst()
                        .ifPresent(p -> podTable.getSelectionModel().select(p));
                  }
                });
  }

  private void bindEvents() {
    eventTable.setItems(model.events());
    Label noEvents = new Label();
    noEvents
        .textProperty()
        .bind(
            Bindings.when(model.selectedPodProperty().isNull())
                .then("Select a pod to see its events.")
                .otherwise("No events for this pod."));
    eventTable.setPlaceholder(noEvents);
    eventTypeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().type()));
    eventTypeColumn.setCellFactory(
        StyledCells.of(t -> t, t -> "Warning".equals(t) ? "event-warning" : null));
    text(eventReasonColumn, PodEventRow::reason);
    text(eventMessageColumn, PodEventRow::message);
    eventCountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
    eventsTitle
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  PodRow pod = model.selectedPodProperty().get();
                  return pod == null ? "Events" : "Events of " + pod.key();
                },
                model.selectedPodProperty()));
  }

  private void bindSwapPanel() {
    swapStatus
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    switch (swap.phaseProperty().get()) {
                      case IDLE -> "";
                      case CHECKING -> "Reading the cluster…";
                      case READY -> "Nothing has changed yet. Read the preflight, then swap.";
                      case ALREADY_ON_CALICO -> "The cluster runs Calico already; nothing to do.";
                      case REFUSED -> "The swap cannot start.";
                      case RUNNING -> "Swapping…";
                      case SUCCEEDED -> "The swap is done.";
                      case FAILED -> "The swap stopped; swapping again resumes where it stopped.";
                    },
                swap.phaseProperty()));
    swap.preflight().addListener((ListChangeListener<String>) c -> showPreflight());
    swapStepTable.setItems(swap.steps());
    swapStepTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    stateColumn(swapStateColumn);
    text(swapStepColumn, ProgressRow::title);
    swapDetailColumn.setCellValueFactory(c -> c.getValue().detailProperty());
    swapOutcome.textProperty().bind(swap.outcomeProperty());
    swapRunButton
        .textProperty()
        .bind(
            Bindings.when(swap.phaseProperty().isEqualTo(Phase.FAILED))
                .then("Resume the swap")
                .otherwise("Swap now"));
    swapRunButton
        .disableProperty()
        .bind(
            swap.phaseProperty()
                .isNotEqualTo(Phase.READY)
                .and(swap.phaseProperty().isNotEqualTo(Phase.FAILED)));
    swapThenRecycleButton.visibleProperty().bind(swap.recyclableProperty());
    swapThenRecycleButton.managedProperty().bind(swapThenRecycleButton.visibleProperty());
  }

  private void showPreflight() {
    preflightBox.getChildren().clear();
    SwapPlan plan = swap.planProperty().get();
    for (String line : swap.preflight()) {
      Label label = new Label("• " + line);
      label.setWrapText(true);
      label.getStyleClass().add("preflight-line");
      if (plan != null && line.equals(plan.cidr().verdict()) && plan.cidr().overlaps()) {
        label.getStyleClass().add("warning");
      }
      preflightBox.getChildren().add(label);
    }
  }

  private void bindRecyclePanel() {
    drainTimeoutBox.getItems().setAll(RecycleViewModel.DRAIN_TIMEOUTS);
    drainTimeoutBox.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Duration d) {
            return d == null ? "" : d.toMinutes() + " min";
          }

          @Override
          public Duration fromString(String text) {
            return null;
          }
        });
    drainTimeoutBox.valueProperty().bindBidirectional(recycle.drainTimeoutProperty());
    drainChoiceBox.getItems().setAll(DrainChoice.values());
    drainChoiceBox.valueProperty().bindBidirectional(recycle.onDrainTimeoutProperty());
    drainTimeoutBox.disableProperty().bind(recycle.runningProperty());
    drainChoiceBox.disableProperty().bind(recycle.runningProperty());
    recycleTable.setItems(recycle.nodes());
    recycleTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    recycleTable.setPlaceholder(new Label("Nothing recycled yet."));
    text(recycleNodeColumn, row -> NodeNames.shortenAll(row.title()));
    recycleTable.setRowFactory(
        table -> {
          javafx.scene.control.TableRow<ProgressRow> row = new javafx.scene.control.TableRow<>();
          row.itemProperty()
              .addListener(
                  (obs, old, item) ->
                      row.setTooltip(
                          item == null
                              ? null
                              : new javafx.scene.control.Tooltip(
                                  item.title() + "\n" + item.detailProperty().get())));
          return row;
        });
    stateColumn(recycleStateColumn);
    recycleStageColumn.setCellValueFactory(c -> c.getValue().stageProperty());
    recycleDetailColumn.setCellValueFactory(
        c ->
            Bindings.createStringBinding(
                () -> NodeNames.shortenAll(c.getValue().detailProperty().get()),
                c.getValue().detailProperty()));
    recycleOutcome.textProperty().bind(recycle.outcomeProperty());
    recycleStartButton.disableProperty().bind(recycle.runningProperty());
    pauseButton.disableProperty().bind(recycle.runningProperty().not());
    abortButton.disableProperty().bind(recycle.runningProperty().not());
    pauseButton
        .textProperty()
        .bind(Bindings.when(recycle.pausedProperty()).then("Resume").otherwise("Pause"));
    questionBox.visibleProperty().bind(recycle.questionProperty().isNotNull());
    questionBox.managedProperty().bind(questionBox.visibleProperty());
    questionLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  DrainQuestion q = recycle.questionProperty().get();
                  return q == null
                      ? ""
                      : "The drain of "
                          + q.node()
                          + " ran out of time; disruption budgets still hold "
                          + String.join(", ", q.remainingPods())
                          + ". What now?";
                },
                recycle.questionProperty()));
  }

  private static void stateColumn(TableColumn<ProgressRow, ProgressState> column) {
    column.setCellValueFactory(c -> c.getValue().stateProperty());
    column.setCellFactory(
        StyledCells.of(
            ProgressState::toString,
            s -> "progress-" + s.name().toLowerCase(java.util.Locale.ROOT)));
  }

  private void showPanel(Panel shown) {
    operationPanel.setVisible(shown != Panel.NONE);
    operationPanel.setManaged(shown != Panel.NONE);
    swapPane.setVisible(shown == Panel.SWAP);
    recyclePane.setVisible(shown == Panel.RECYCLE);
  }

  @FXML
  private void writeKubeconfig() {
    model.writeKubeconfig();
  }

  @FXML
  private void openSwap() {
    model.cluster().ifPresent(swap::check);
    panel.set(Panel.SWAP);
  }

  @FXML
  private void runSwap() {
    swap.run();
  }

  @FXML
  private void recycleAfterSwap() {
    SwapPlan plan = swap.planProperty().get();
    openRecycleFor(plan.nodesToRecycle(), Optional.of(plan.cidr().calicoPool()));
  }

  @FXML
  private void scaleNodeGroup() {
    nodeGroupChanges.scale().run();
  }

  @FXML
  private void retypeNodeGroup() {
    nodeGroupChanges.retype().run();
  }

  @FXML
  private void openRecycle() {
    boolean overlay =
        model.nodes().stream()
            .anyMatch(n -> n.cni().filter(m -> m == CniMode.CALICO_OVERLAY).isPresent());
    openRecycleFor(
        model.nodes().stream().map(NodeRow::name).toList(),
        overlay ? Optional.of(WellKnown.CALICO_DEFAULT_POOL) : Optional.empty());
  }

  private void openRecycleFor(List<String> nodes, Optional<String> pool) {
    if (!recycle.runningProperty().get()) {
      nodesToRecycle = nodes;
      overlayPool = pool;
      recycleOverlay.setText(
          NodeNames.shortenAll(
              nodes.size()
                  + " nodes, in this order: "
                  + String.join(", ", nodes)
                  + ". "
                  + pool.map(
                          p -> "Each replacement's pods must get Calico addresses from " + p + ".")
                      .orElse("No overlay check: the cluster runs the VPC CNI.")));
    }
    panel.set(Panel.RECYCLE);
  }

  @FXML
  private void startRecycle() {
    Optional<ClusterRuntime> cluster = model.cluster();
    cluster.ifPresent(c -> recycle.start(c, nodesToRecycle, overlayPool));
  }

  @FXML
  private void togglePause() {
    if (recycle.pausedProperty().get()) {
      recycle.resume();
    } else {
      recycle.pause();
    }
  }

  @FXML
  private void abortRecycle() {
    recycle.abort();
  }

  @FXML
  private void answerKeepWaiting() {
    recycle.answer(DrainDecision.KEEP_WAITING);
  }

  @FXML
  private void answerDelete() {
    recycle.answer(DrainDecision.DELETE_REMAINING_PODS);
  }

  @FXML
  private void answerSkip() {
    recycle.answer(DrainDecision.SKIP_NODE);
  }

  @FXML
  private void answerAbort() {
    recycle.answer(DrainDecision.ABORT);
  }

  @FXML
  private void closePanel() {
    panel.set(Panel.NONE);
  }

  /** Usage columns read the last reading by row; a new reading redraws the two tables. */
  private void bindUsage() {
    if (usage == null) {
      List.of(nodeCpuColumn, nodeMemoryColumn).forEach(c -> c.setVisible(false));
      List.of(podCpuColumn, podMemoryColumn).forEach(c -> c.setVisible(false));
      usageLabel.setManaged(false);
      usageLabel.setVisible(false);
      return;
    }
    usageLabel.textProperty().bind(usage.problemProperty());
    usageLabel.visibleProperty().bind(usage.problemProperty().isNotEmpty());
    usageLabel.managedProperty().bind(usageLabel.visibleProperty());
    nodeCpuColumn.setCellValueFactory(
        c ->
            new ReadOnlyObjectWrapper<>(
                usage
                    .ofNode(c.getValue().name())
                    .map(u -> UsageText.cpu(u.milliCpu()))
                    .orElse("")));
    nodeCpuColumn.setCellFactory(column -> new SparklineCell(usage));
    nodeMemoryColumn.setCellValueFactory(
        c ->
            new ReadOnlyObjectWrapper<>(
                usage
                    .ofNode(c.getValue().name())
                    .map(u -> UsageText.memory(u.memoryBytes()))
                    .orElse("")));
    podCpuColumn.setCellValueFactory(
        c ->
            new ReadOnlyObjectWrapper<>(
                usage.ofPod(c.getValue().key()).map(u -> UsageText.cpu(u.milliCpu())).orElse("")));
    podMemoryColumn.setCellValueFactory(
        c ->
            new ReadOnlyObjectWrapper<>(
                usage
                    .ofPod(c.getValue().key())
                    .map(u -> UsageText.memory(u.memoryBytes()))
                    .orElse("")));
    usage
        .latestProperty()
        .addListener(
            (obs, old, reading) -> {
              nodeTable.refresh();
              podTable.refresh();
            });
    usage.start();
  }

  private <S> void sortable(TableView<S> table, javafx.collections.ObservableList<S> rows) {
    SortedList<S> sorted = new SortedList<>(rows);
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
  }

  private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
  }

  /** Sorted by creation time, youngest first when ascending, shown as kubectl shows ages. */
  private <S> void age(TableColumn<S, Instant> column, Function<S, Instant> createdAt) {
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(createdAt.apply(c.getValue())));
    column.setComparator(Comparator.nullsLast(Comparator.reverseOrder()));
    column.setCellFactory(
        StyledCells.of(
            at -> KubeAge.format(Duration.between(at, model.nowProperty().get())), at -> null));
  }

  private static String countText(int shown, int all) {
    return shown == all ? String.valueOf(all) : shown + " of " + all;
  }
}
