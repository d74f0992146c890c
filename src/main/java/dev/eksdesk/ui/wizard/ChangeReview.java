package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.cost.ChangeCost;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.ui.fx.UiExecutors;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Review page while a running cluster is edited: the diff between its current spec and the
 * edited one grouped by resource, the cost delta per month, a refusal with what to do, and the
 * typed confirmation a replacement of the VPC, a subnet or the cluster needs. Testable without a
 * screen.
 */
public final class ChangeReview {
  private final ClusterChanges changes;
  private final CostEstimator costs;
  private final UiExecutors executors;
  private final ReadOnlyObjectWrapper<ClusterSpec> current = new ReadOnlyObjectWrapper<>();
  private final ObservableList<ChangeGroups.Group> groups = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper costDelta = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper replacementNeedsConfirmation =
      new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper applicable = new ReadOnlyBooleanWrapper(false);
  private ClusterSpec edited;
  private PlanDiff shown;
  private boolean allowReplace;

  public ChangeReview(ClusterChanges changes, CostEstimator costs, UiExecutors executors) {
    this.changes = changes;
    this.costs = costs;
    this.executors = executors;
  }

  /** Starts editing a cluster built from {@code spec}. */
  void start(ClusterSpec spec) {
    current.set(spec);
    allowReplace = false;
    clear();
  }

  void stop() {
    current.set(null);
    clear();
  }

  boolean editing() {
    return current.get() != null;
  }

  /** Plans the edited spec against the account, off the FX thread. */
  void refresh(ClusterSpec spec) {
    ClusterSpec from = current.get();
    if (from == null) {
      return;
    }
    clear();
    edited = spec;
    summary.set("Comparing with what runs now…");
    costDelta.set(costDeltaOf(from, spec));
    boolean replace = allowReplace;
    executors
        .background()
        .execute(
            () -> {
              try {
                PlanDiff diff = changes.diff(spec, replace);
                executors.fx().execute(() -> show(spec, diff));
              } catch (PlanRefusedException e) {
                executors.fx().execute(() -> refuse(spec, e.problems()));
              } catch (RuntimeException e) {
                executors.fx().execute(() -> refuse(spec, List.of(String.valueOf(e.getMessage()))));
              }
            });
  }

  /**
   * Allows the replacement the plan refused once the cluster's exact name is typed.
   *
   * @return whether the name matched
   */
  public boolean confirmReplacement(String typedName) {
    ClusterSpec from = current.get();
    if (from == null || edited == null || !from.name().equals(typedName.trim())) {
      return false;
    }
    allowReplace = true;
    refresh(edited);
    return true;
  }

  /** Applies exactly the diff shown; a diff that moved since comes back to this page. */
  void apply() {
    if (applicable.get()) {
      changes.apply(edited, shown, allowReplace, this::planChanged);
    }
  }

  private void planChanged(PlanDiff now) {
    show(edited, now);
    message.set(
        "The cluster changed since the plan was shown; nothing was changed. This is the new plan:"
            + " look at it and apply again.");
  }

  private void show(ClusterSpec spec, PlanDiff diff) {
    if (spec != edited) {
      return; // an older refresh
    }
    shown = diff;
    groups.setAll(ChangeGroups.of(diff));
    summary.set(
        diff.isEmpty() ? "No changes: the cluster matches this spec." : diff.summary().line());
    message.set("");
    applicable.set(!diff.isEmpty());
  }

  private void refuse(ClusterSpec spec, List<String> problems) {
    if (spec != edited) {
      return;
    }
    summary.set("This change cannot be applied as it stands.");
    message.set(String.join(" ", problems));
    replacementNeedsConfirmation.set(!allowReplace && mentionsReplacement(problems));
  }

  private static boolean mentionsReplacement(List<String> problems) {
    return problems.stream().anyMatch(p -> p.contains("--allow-replace"));
  }

  private String costDeltaOf(ClusterSpec from, ClusterSpec to) {
    try {
      return ChangeCost.monthlyDelta(costs, from, to);
    } catch (RuntimeException e) {
      return ""; // an instance type the catalog does not know: its page says so
    }
  }

  private void clear() {
    edited = null;
    shown = null;
    groups.clear();
    summary.set("");
    costDelta.set("");
    message.set("");
    replacementNeedsConfirmation.set(false);
    applicable.set(false);
  }

  /** The spec the cluster runs now; null when no cluster is being edited. */
  public ReadOnlyObjectProperty<ClusterSpec> currentProperty() {
    return current.getReadOnlyProperty();
  }

  public ObservableList<ChangeGroups.Group> groups() {
    return groups;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** "+$8.47 per month": the estimate of the edited spec less that of the current one. */
  public ReadOnlyStringProperty costDeltaProperty() {
    return costDelta.getReadOnlyProperty();
  }

  /** Why the change cannot be applied, or that the plan changed since it was shown. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty replacementNeedsConfirmationProperty() {
    return replacementNeedsConfirmation.getReadOnlyProperty();
  }

  /** Whether there is a diff to apply. */
  public ReadOnlyBooleanProperty applicableProperty() {
    return applicable.getReadOnlyProperty();
  }
}
