package dev.eksdesk.ui.nodes;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.WorkloadRef;
import dev.eksdesk.kube.recycle.NodeMaintenance;
import dev.eksdesk.ui.fx.UiExecutors;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the user does to the cluster from the tables, once confirmed: delete a pod, restart or scale
 * its workload, cordon, uncordon or drain a node. Each runs off the FX thread and says what it did
 * (or why not); the tables show the result through the cluster's watch.
 */
public final class ClusterActionsViewModel {
  /** How long a drain keeps retrying the evictions a disruption budget refuses. */
  static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(2);

  private final Supplier<Optional<KubeGateway>> gateway;
  private final Supplier<Optional<ClusterRuntime>> cluster;
  private final UiExecutors executors;
  private final Clock clock;
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

  ClusterActionsViewModel(
      Supplier<Optional<KubeGateway>> gateway,
      Supplier<Optional<ClusterRuntime>> cluster,
      UiExecutors executors,
      Clock clock) {
    this.gateway = gateway;
    this.cluster = cluster;
    this.executors = executors;
    this.clock = clock;
  }

  /** Finds the workload that runs the pod (to name it in the question), off the FX thread. */
  public void controllerOf(PodRow pod, Consumer<Optional<WorkloadRef>> answer) {
    withGateway(
        "find the pod's workload",
        g -> {
          Optional<WorkloadRef> found = g.actions().controllerOf(pod.namespace(), pod.name());
          executors.fx().execute(() -> answer.accept(found));
        });
  }

  /** Reads the replicas a workload asks for, for the scale dialog to start from. */
  public void replicasOf(WorkloadRef workload, Consumer<Integer> answer) {
    withGateway(
        "read " + workload,
        g -> {
          int replicas = g.actions().replicas(workload);
          executors.fx().execute(() -> answer.accept(replicas));
        });
  }

  public void deletePod(PodRow pod) {
    act(
        "Deleting " + pod.key() + "…",
        "delete " + pod.key(),
        "Deleted " + pod.key() + ".",
        g -> g.actions().deletePod(pod.namespace(), pod.name()));
  }

  public void restart(WorkloadRef workload) {
    act(
        "Restarting " + workload + "…",
        "restart " + workload,
        "Restarted " + workload + ": its pods are being replaced.",
        g -> g.actions().restart(workload, clock.instant()));
  }

  public void scale(WorkloadRef workload, int replicas) {
    act(
        "Scaling " + workload + " to " + replicas + "…",
        "scale " + workload,
        "Scaled " + workload + " to " + replicas + " replicas.",
        g -> g.actions().scale(workload, replicas));
  }

  public void cordon(NodeRow node) {
    onNode(
        "Cordoning " + node.name() + "…",
        m -> {
          m.cordon(node.name());
          return "Cordoned " + node.name() + ": no new pods are scheduled on it.";
        });
  }

  public void uncordon(NodeRow node) {
    onNode(
        "Uncordoning " + node.name() + "…",
        m -> {
          m.uncordon(node.name());
          return "Uncordoned " + node.name() + ": pods may be scheduled on it again.";
        });
  }

  /** Cordons and drains the node, budgets respected, for up to {@link #DRAIN_TIMEOUT}. */
  public void drain(NodeRow node) {
    onNode(
        "Draining " + node.name() + "…",
        m -> {
          NodeMaintenance.DrainOutcome outcome =
              m.drain(
                  node.name(),
                  DRAIN_TIMEOUT,
                  step -> executors.fx().execute(() -> notice.set("Draining: " + step)));
          return outcome.remaining().isEmpty()
              ? "Drained " + node.name() + ": " + outcome.evicted() + " pods evicted."
              : "The drain of "
                  + node.name()
                  + " ran out of time: disruption budgets still hold "
                  + String.join(", ", outcome.remaining())
                  + ". The node stays cordoned; drain again later, or delete those pods.";
        });
  }

  private interface GatewayWork {
    void run(KubeGateway gateway);
  }

  private interface NodeWork {
    String run(NodeMaintenance maintenance) throws InterruptedException;
  }

  private void act(String doing, String what, String done, GatewayWork work) {
    notice.set(doing);
    busy.set(true);
    withGateway(
        what,
        g -> {
          work.run(g);
          executors.fx().execute(() -> finished(done));
        });
  }

  private void onNode(String doing, NodeWork work) {
    Optional<ClusterRuntime> runtime = cluster.get();
    if (runtime.isEmpty()) {
      notice.set("No cluster is running.");
      return;
    }
    notice.set(doing);
    busy.set(true);
    executors
        .background()
        .execute(
            () -> {
              try (NodeMaintenance maintenance = runtime.get().maintenance()) {
                String done = work.run(maintenance);
                executors.fx().execute(() -> finished(done));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                executors.fx().execute(() -> finished("Stopped: Eksdesk is closing."));
              } catch (RuntimeException e) {
                executors.fx().execute(() -> finished("Could not finish: " + e.getMessage()));
              }
            });
  }

  private void withGateway(String what, GatewayWork work) {
    Optional<KubeGateway> connected = gateway.get();
    if (connected.isEmpty()) {
      finished("Cannot " + what + ": the cluster is not connected yet. Try again in a moment.");
      return;
    }
    executors
        .background()
        .execute(
            () -> {
              try {
                work.run(connected.get());
              } catch (RuntimeException e) {
                executors.fx().execute(() -> finished("Cannot " + what + ": " + e.getMessage()));
              }
            });
  }

  private void finished(String what) {
    busy.set(false);
    notice.set(what);
  }

  /** Says something about an action that did not start (there was nothing to act on). */
  public void tell(String what) {
    notice.set(what);
  }

  /** What the last action did, or why it did not. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** An action is under way. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
