package dev.eksdesk.ui.nodes;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.cni.HostNetworkNeed;
import dev.eksdesk.kube.cni.SwapEvent;
import dev.eksdesk.kube.cni.SwapPlan;
import dev.eksdesk.kube.cni.SwapStep;
import dev.eksdesk.ui.fx.UiExecutors;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The swap from the VPC CNI to Calico as the screen shows it: first the preflight (what will
 * change, the pool against the VPC, what moves to host networking, which pods restart), then the
 * steps with their progress. Running it again after a failure resumes.
 */
public final class CniSwapViewModel {
  /** Where the swap stands. */
  public enum Phase {
    IDLE,
    CHECKING,
    READY,
    /** The preflight found the cluster on Calico with every node booted with it. */
    ALREADY_ON_CALICO,
    REFUSED,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  private final UiExecutors executors;
  private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
  private final ReadOnlyObjectWrapper<SwapPlan> plan = new ReadOnlyObjectWrapper<>();
  private final ObservableList<String> preflight = FXCollections.observableArrayList();
  private final ObservableList<ProgressRow> steps = FXCollections.observableArrayList();
  private final Map<SwapStep, ProgressRow> rows = new EnumMap<>(SwapStep.class);
  private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper recyclable = new ReadOnlyBooleanWrapper(false);
  private ClusterRuntime cluster;

  public CniSwapViewModel(UiExecutors executors) {
    this.executors = executors;
    for (SwapStep step : SwapStep.values()) {
      ProgressRow row = new ProgressRow(step.description());
      rows.put(step, row);
      steps.add(row);
    }
  }

  /** Reads the cluster and shows what the swap would do; changes nothing. */
  public void check(ClusterRuntime runtime) {
    if (phase.get() == Phase.RUNNING || phase.get() == Phase.CHECKING) {
      return;
    }
    cluster = runtime;
    phase.set(Phase.CHECKING);
    outcome.set("");
    preflight.clear();
    rows.values().forEach(r -> r.update(ProgressState.WAITING, "", ""));
    executors
        .background()
        .execute(
            () -> {
              try (CniSwap swap = runtime.openCniSwap()) {
                SwapPlan found = swap.preflight(runtime.spec().network().vpcCidr());
                executors.fx().execute(() -> showPlan(found));
              } catch (RuntimeException e) {
                executors.fx().execute(() -> fail("The preflight failed: " + e.getMessage()));
              }
            });
  }

  private void showPlan(SwapPlan found) {
    plan.set(found);
    preflight.setAll(describe(found));
    if (found.alreadyOnCalico()) {
      phase.set(Phase.ALREADY_ON_CALICO);
    } else if (found.canProceed()) {
      phase.set(Phase.READY);
    } else {
      phase.set(Phase.REFUSED);
      outcome.set(found.cidr().verdict());
    }
  }

  /** The preflight in sentences, in the order a person needs them. */
  static List<String> describe(SwapPlan plan) {
    List<String> lines = new ArrayList<>(plan.changes());
    if (plan.alreadyOnCalico()) {
      return lines;
    }
    lines.add(plan.cidr().verdict());
    for (HostNetworkNeed need : plan.hostNetworkNeeds()) {
      lines.add(
          need.alreadyOnHostNetwork()
              ? need.namespace() + "/" + need.deployment() + " already uses host networking."
              : "Patched on "
                  + need.namespace()
                  + "/"
                  + need.deployment()
                  + ": hostNetwork: true, dnsPolicy: ClusterFirstWithHostNet, container port"
                  + " 10250 moves to 4443 (--secure-port).");
    }
    lines.add(
        countOf(plan.podsRestarting(), "pod restarts", "pods restart")
            + named(plan.podsRestarting()));
    lines.add(
        countOf(plan.podsKeepingVpcAddresses(), "pod keeps", "pods keep")
            + " a VPC address until its node is recycled.");
    lines.add(
        countOf(plan.nodesToRecycle(), "node", "nodes")
            + " must be recycled afterwards to boot with Calico: "
            + String.join(", ", plan.nodesToRecycle()));
    return lines;
  }

  private static String countOf(List<String> items, String one, String many) {
    return items.size() + " " + (items.size() == 1 ? one : many);
  }

  private static String named(List<String> pods) {
    return pods.isEmpty() ? "." : ": " + String.join(", ", pods);
  }

  /** Performs the swap on a background thread, step by step. */
  public void run() {
    if (cluster == null || (phase.get() != Phase.READY && phase.get() != Phase.FAILED)) {
      return;
    }
    ClusterRuntime runtime = cluster;
    phase.set(Phase.RUNNING);
    recyclable.set(false);
    outcome.set("");
    executors
        .background()
        .execute(
            () -> {
              try (ClusterRuntime.ChangeLock lock = runtime.lockFor("cni swap");
                  CniSwap swap = runtime.openCniSwap()) {
                swap.run(
                    runtime.spec().network().vpcCidr(),
                    event -> executors.fx().execute(() -> accept(event)));
              } catch (JournalLockedException e) {
                executors.fx().execute(() -> fail(e.getMessage()));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (RuntimeException e) {
                executors.fx().execute(() -> fail("The swap stopped: " + e.getMessage()));
              }
            });
  }

  /** Applies one event of the swap; on the FX thread. */
  void accept(SwapEvent event) {
    if (event instanceof SwapEvent.StepStarted e) {
      rows.get(e.step()).update(ProgressState.RUNNING, "Working", "");
    } else if (event instanceof SwapEvent.StepAlreadyDone e) {
      rows.get(e.step()).update(ProgressState.DONE, "Already done", "found in place");
    } else if (event instanceof SwapEvent.StepSucceeded e) {
      rows.get(e.step()).update(ProgressState.DONE, "Done", String.join("; ", e.details()));
    } else if (event instanceof SwapEvent.StepFailed e) {
      rows.get(e.step()).update(ProgressState.FAILED, "Failed", e.what());
      outcome.set(
          e.what()
              + " "
              + e.whatToDo()
              + (e.step() == SwapStep.HOST_NETWORK
                  ? " On full nodes (max pods reached) the patched pods wait for room: recycle the"
                      + " nodes first, their replacements boot with Calico's limit; then resume the"
                      + " swap."
                  : ""));
    } else if (event instanceof SwapEvent.Refused e) {
      outcome.set(e.reason());
    } else if (event instanceof SwapEvent.Finished e) {
      phase.set(e.succeeded() ? Phase.SUCCEEDED : Phase.FAILED);
      // Once Calico is in, the nodes can be recycled even if a later step must be resumed.
      recyclable.set(rows.get(SwapStep.INSTALL_CALICO).stateProperty().get() == ProgressState.DONE);
      if (e.succeeded()) {
        outcome.set(
            "Calico is installed. Recycle the nodes so that they boot with it: until then new pods"
                + " still call the VPC CNI.");
      }
    }
  }

  private void fail(String message) {
    phase.set(Phase.FAILED);
    outcome.set(message);
  }

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SwapPlan> planProperty() {
    return plan.getReadOnlyProperty();
  }

  public ObservableList<String> preflight() {
    return preflight;
  }

  public ObservableList<ProgressRow> steps() {
    return steps;
  }

  /** Calico is installed: the nodes can (and must) be recycled now. */
  public ReadOnlyBooleanProperty recyclableProperty() {
    return recyclable.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }
}
