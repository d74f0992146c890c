package dev.eksdesk.ui.nodes;

import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.ObjectRef;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.WorkloadRef;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The buttons over the pod and node tables: logs and YAML of the selected row, and the actions that
 * change the cluster, each asked first. They act on the row selected when clicked.
 */
final class TableActions {
  private final NodesPodsViewModel model;
  private final ClusterActionsViewModel actions;
  private final TableView<PodRow> pods;
  private final TableView<NodeRow> nodes;

  TableActions(NodesPodsViewModel model, TableView<PodRow> pods, TableView<NodeRow> nodes) {
    this.model = model;
    this.actions = model.actions();
    this.pods = pods;
    this.nodes = nodes;
  }

  void install(HBox podBar, HBox nodeBar) {
    keepSelection(nodes, NodeRow::name);
    BooleanBinding noPod = pods.getSelectionModel().selectedItemProperty().isNull();
    BooleanBinding noNode = nodes.getSelectionModel().selectedItemProperty().isNull();
    podBar
        .getChildren()
        .setAll(
            button("pod-logs", "Logs", noPod, this::openLogs),
            button("pod-yaml", "YAML", noPod, () -> openDetails(podRef(), true)),
            button("pod-describe", "Describe", noPod, () -> openDetails(podRef(), false)),
            button("pod-delete", "Delete…", noPod.or(actions.busyProperty()), this::deletePod),
            button("pod-restart", "Restart…", noPod.or(actions.busyProperty()), this::restart),
            button("pod-scale", "Scale…", noPod.or(actions.busyProperty()), this::scale));
    nodeBar
        .getChildren()
        .setAll(
            button("node-yaml", "YAML", noNode, () -> openDetails(nodeRef(), true)),
            button("node-describe", "Describe", noNode, () -> openDetails(nodeRef(), false)),
            button("node-cordon", "Cordon", noNode.or(actions.busyProperty()), this::cordon),
            button("node-uncordon", "Uncordon", noNode.or(actions.busyProperty()), this::uncordon),
            button("node-drain", "Drain…", noNode.or(actions.busyProperty()), this::drain));
  }

  /**
   * Selects the same node again when its row is replaced (a cordon changes it), so that the buttons
   * stay on the node the user chose. The pod table does the same for its events.
   */
  private static <S> void keepSelection(TableView<S> table, Function<S, String> key) {
    String[] wanted = {null};
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                wanted[0] = key.apply(now);
              }
            });
    table
        .getItems()
        .addListener(
            (ListChangeListener<S>)
                change -> {
                  S shown = table.getSelectionModel().getSelectedItem();
                  if (wanted[0] != null && (shown == null || !key.apply(shown).equals(wanted[0]))) {
                    table.getItems().stream()
                        .filter(row -> key.apply(row).equals(wanted[0]))
                        .findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
                  }
                });
  }

  private static Button button(String id, String text, BooleanBinding disabled, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.getStyleClass().add("small");
    button.setMinWidth(Button.USE_PREF_SIZE);
    button.disableProperty().bind(disabled);
    button.setOnAction(e -> action.run());
    return button;
  }

  private PodRow pod() {
    return pods.getSelectionModel().getSelectedItem();
  }

  private NodeRow node() {
    return nodes.getSelectionModel().getSelectedItem();
  }

  private ObjectRef podRef() {
    return ObjectRef.pod(pod().namespace(), pod().name());
  }

  private ObjectRef nodeRef() {
    return ObjectRef.node(node().name());
  }

  private Window window() {
    return pods.getScene().getWindow();
  }

  private void openLogs() {
    model
        .logsOf(pod())
        .ifPresentOrElse(logs -> PodLogView.open(window(), logs), this::notConnected);
  }

  private void openDetails(ObjectRef object, boolean yaml) {
    model
        .detailsOf(object)
        .ifPresentOrElse(
            details -> ObjectDetailsView.open(window(), details, yaml), this::notConnected);
  }

  private void notConnected() {
    actions.tell("The cluster is not connected yet. Try again in a moment.");
  }

  private void deletePod() {
    PodRow pod = pod();
    ActionDialogs.confirm(
        window(),
        "Delete pod " + pod.key() + "?",
        pod.status().equals("Running")
            ? "Its workload, if it has one, starts a replacement; a pod of its own is gone for good."
            : "It is " + pod.status() + ". Its workload, if it has one, starts a replacement.",
        "Delete",
        () -> actions.deletePod(pod));
  }

  private void restart() {
    PodRow pod = pod();
    withWorkload(
        pod,
        workload ->
            ActionDialogs.confirm(
                window(),
                "Restart " + workload + "?",
                "Every pod of "
                    + workload
                    + " is replaced, as kubectl rollout restart does (a new "
                    + "kubectl.kubernetes.io/restartedAt on its pod template).",
                "Restart",
                () -> actions.restart(workload)));
  }

  private void scale() {
    PodRow pod = pod();
    withWorkload(
        pod,
        workload -> {
          if (!workload.kind().scales()) {
            actions.tell(
                workload + " runs one pod on each node; it scales with the nodes, not by itself.");
            return;
          }
          actions.replicasOf(
              workload,
              current ->
                  ActionDialogs.scale(
                      window(), workload.toString(), current, n -> actions.scale(workload, n)));
        });
  }

  private void withWorkload(PodRow pod, Consumer<WorkloadRef> then) {
    actions.controllerOf(
        pod,
        (Optional<WorkloadRef> workload) ->
            workload.ifPresentOrElse(
                then,
                () ->
                    actions.tell(
                        pod.key()
                            + " is not run by a Deployment, DaemonSet or StatefulSet: there is"
                            + " nothing to restart or scale. Delete it to stop it.")));
  }

  private void cordon() {
    actions.cordon(node());
  }

  private void uncordon() {
    actions.uncordon(node());
  }

  private void drain() {
    NodeRow node = node();
    ActionDialogs.confirm(
        window(),
        "Drain " + node.name() + "?",
        "The node is cordoned, then its pods are evicted as kubectl drain does: disruption budgets"
            + " are respected (an eviction they refuse is retried for 2 minutes) and DaemonSet pods"
            + " stay. Their workloads start them on other nodes. Uncordon it afterwards to use it"
            + " again.",
        "Drain",
        () -> actions.drain(node));
  }
}
