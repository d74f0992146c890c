package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.diff.DiffText;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.insight.PrefixDelegationPreflight;
import dev.eksdesk.ui.fx.UiExecutors;
import dev.eksdesk.ui.wizard.ClusterChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Pod IPs card's "Enable prefix delegation": the preflight against the current cluster (Nitro
 * type, free /28 blocks per subnet) and the plan of the spec switched to prefix delegation, then
 * exactly that plan applied as a run on the provisioning screen. The cluster, the account and the
 * journal are read on the background executor; FX thread otherwise.
 */
public final class PrefixDelegationViewModel {
  /** Where the operation stands. */
  public enum Phase {
    IDLE,
    CHECKING,
    READY,
    REFUSED,
    APPLYING,
    FAILED
  }

  private final ClusterRuntimes clusters;
  private final ClusterChanges changes;
  private final InstanceCatalog catalog;
  private final UiExecutors executors;
  private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
  private final ObservableList<String> lines = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private ClusterSpec target;
  private PlanDiff shown;

  public PrefixDelegationViewModel(
      ClusterRuntimes clusters,
      ClusterChanges changes,
      InstanceCatalog catalog,
      UiExecutors executors) {
    this.clusters = clusters;
    this.changes = changes;
    this.catalog = catalog;
    this.executors = executors;
  }

  /** Runs the preflight and plans the change for the current cluster. */
  public void check() {
    if (phase.get() == Phase.CHECKING || phase.get() == Phase.APPLYING) {
      return;
    }
    phase.set(Phase.CHECKING);
    message.set("Checking the cluster's node type and subnets…");
    lines.clear();
    executors
        .background()
        .execute(
            () -> {
              try {
                Checked checked = checkNow();
                executors.fx().execute(() -> show(checked));
              } catch (PlanRefusedException | RuntimeException e) {
                executors.fx().execute(() -> fail("The check failed: " + e.getMessage()));
              }
            });
  }

  private record Checked(List<String> lines, Optional<ClusterSpec> target, PlanDiff diff) {}

  private Checked checkNow() throws PlanRefusedException {
    ClusterRuntime runtime =
        clusters
            .current()
            .orElseThrow(() -> new IllegalStateException("no cluster is running; build one first"));
    ClusterSpec running = runtime.spec();
    InstanceType type =
        catalog
            .find(running.nodeGroup().instanceType())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        running.nodeGroup().instanceType()
                            + " is not in Eksdesk's catalog; its pod figures are unknown"));
    List<String> held =
        runtime.ipView().stream().flatMap(v -> v.subnetBlocksHeld().stream()).toList();
    PrefixDelegationPreflight.Result preflight =
        PrefixDelegationPreflight.check(running, type, held);
    List<String> found = new ArrayList<>(preflight.lines());
    if (!preflight.canProceed()) {
      return new Checked(found, Optional.empty(), null);
    }
    ClusterSpec edited = running.withCni(CniMode.VPC_CNI_PREFIX_DELEGATION);
    PlanDiff diff = changes.diff(edited, false);
    found.addAll(DiffText.render(diff, "the account").lines().toList());
    return new Checked(found, Optional.of(edited), diff);
  }

  private void show(Checked checked) {
    lines.setAll(checked.lines());
    target = checked.target().orElse(null);
    shown = checked.diff();
    if (target == null) {
      phase.set(Phase.REFUSED);
      message.set("Prefix delegation cannot be turned on; the reason is above.");
    } else if (shown.isEmpty()) {
      phase.set(Phase.IDLE);
      message.set("Prefix delegation is on already.");
    } else {
      phase.set(Phase.READY);
      message.set("Nothing has changed yet. Read the check and the plan, then apply.");
    }
  }

  /** Applies exactly the plan shown; the run appears on the Setup screen. */
  public void apply() {
    if (phase.get() != Phase.READY) {
      return;
    }
    phase.set(Phase.APPLYING);
    message.set("Applying: the vpc-cni add-on, a new launch template, new nodes (see Setup).");
    changes.apply(
        target,
        shown,
        false,
        now -> {
          shown = now;
          lines.setAll(DiffText.render(now, "the account").lines().toList());
          phase.set(Phase.READY);
          message.set("The cluster changed since the check; this is the plan now.");
        });
  }

  private void fail(String why) {
    phase.set(Phase.FAILED);
    message.set(why);
  }

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  public ObservableList<String> lines() {
    return lines;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
