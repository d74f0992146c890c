package dev.eksdesk.ui.provisioning;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.diff.PlanChangedException;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.Operation;
import dev.eksdesk.engine.exec.RunOutcome;
import dev.eksdesk.engine.exec.RunSummary;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.PlanGraph;
import dev.eksdesk.engine.plan.StepTimings;
import dev.eksdesk.ui.fx.SandboxSpeedChoice;
import dev.eksdesk.ui.fx.UiExecutors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The provisioning screen's state: the steps of the current run with their states, durations and
 * retries, overall progress with an ETA from the plan's expected durations, a log of every cloud
 * action, and what to do on failure. Testable without a screen.
 */
public final class ProvisioningViewModel {

  private final ProvisioningService service;
  private final UiExecutors executors;
  private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
  private final Map<String, StepRow> rowsById = new HashMap<>();
  private final ObservableList<String> log = FXCollections.observableArrayList();
  private final ObservableList<ClusterSpec> resumable = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
  private final DoubleProperty speed = new SimpleDoubleProperty(SandboxSpeedChoice.DEFAULT_SPEED);
  private final ObjectProperty<ClusterSpec> cluster = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
  private Consumer<ClusterSpec> editor = spec -> {};
  private BiConsumer<ClusterSpec, UnaryOperator<ClusterSpec>> changer = (spec, edit) -> {};
  private Predicate<ClusterSpec> accessMovedCheck = spec -> false;
  private final ReadOnlyBooleanWrapper accessMoved = new ReadOnlyBooleanWrapper(false);
  private Consumer<ClusterSpec> newClusterStarter = spec -> {};
  private String verb = "";
  private final List<RunObserver> observers = new ArrayList<>();
  private EngineRun run;
  private Duration expectedTotal = Duration.ZERO;
  private Instant runStart;

  public ProvisioningViewModel(ProvisioningService service, UiExecutors executors) {
    this.service = service;
    this.executors = executors;
  }

  /** Something else that follows each run, such as the topology. */
  @FunctionalInterface
  public interface RunObserver {
    /** Called on the FX thread before the run starts, so the observer can subscribe to it. */
    void starting(ClusterSpec spec, Plan plan, Operation operation, EngineRun run);
  }

  public void addRunObserver(RunObserver observer) {
    observers.add(observer);
  }

  /** Looks for runs that stopped before they were done (a crash, a closed laptop). */
  public void findUnfinished() {
    executors
        .background()
        .execute(
            () -> {
              List<ClusterSpec> found = service.unfinished();
              executors.fx().execute(() -> resumable.setAll(found));
            });
  }

  public void create(ClusterSpec spec) {
    begin(spec, "Creating", Operation.APPLY, () -> service.apply(spec, speed.get()));
  }

  public void resume(ClusterSpec spec) {
    resumable.remove(spec);
    begin(spec, "Resuming", Operation.APPLY, () -> service.apply(spec, speed.get()));
  }

  /**
   * Applies exactly the diff the user reviewed. When the account or the journal moved since,
   * nothing runs and {@code planChanged} gets the new diff on the FX thread.
   */
  public void change(
      ClusterSpec spec, PlanDiff shown, boolean allowReplace, Consumer<PlanDiff> planChanged) {
    begin(
        spec,
        "Changing",
        Operation.APPLY,
        () -> {
          try {
            return service.change(spec, shown, allowReplace, speed.get());
          } catch (PlanChangedException e) {
            executors.fx().execute(() -> planChanged.accept(e.now()));
            throw new ProvisioningException(e.getMessage(), "The Review page shows the new plan.");
          } catch (PlanRefusedException e) {
            throw new ProvisioningException(e.getMessage(), "Nothing was changed.");
          }
        });
  }

  /** Who opens the wizard on a cluster's current spec (the composition root). */
  public void setEditor(Consumer<ClusterSpec> editor) {
    this.editor = editor;
  }

  /**
   * How one change is reviewed: the wizard's Review page on the cluster's kept spec edited by the
   * given function.
   */
  public void setChanger(BiConsumer<ClusterSpec, UnaryOperator<ClusterSpec>> changer) {
    this.changer = changer;
  }

  /**
   * Whether the endpoint's public CIDRs or the bastion's SSH rule no longer admit this machine;
   * reads the account (called off the FX thread).
   */
  public void setAccessMovedCheck(Predicate<ClusterSpec> check) {
    this.accessMovedCheck = check;
  }

  /** Opens the review of the cluster's kept spec changed by {@code edit} (Scale, Upgrade...). */
  public void change(UnaryOperator<ClusterSpec> edit) {
    ClusterSpec spec = cluster.get();
    if (spec != null && editable.get()) {
      changer.accept(spec, edit);
    }
  }

  /** Access from this machine's address only, the endpoint and the bastion's SSH. */
  public void followMyIp() {
    change(ClusterSpec::withAccessFromOperatorOnly);
  }

  public ReadOnlyBooleanProperty accessMovedProperty() {
    return accessMoved.getReadOnlyProperty();
  }

  private void checkAccess(ClusterSpec spec) {
    executors
        .background()
        .execute(
            () -> {
              boolean moved;
              try {
                moved = accessMovedCheck.test(spec);
              } catch (RuntimeException e) {
                moved = false; // the account cannot be read now: the next finished run asks again
              }
              boolean now = moved;
              executors.fx().execute(() -> accessMoved.set(now && editable.get()));
            });
  }

  /** Opens the wizard on the cluster this screen shows, to change it. */
  public void edit() {
    ClusterSpec spec = cluster.get();
    if (spec != null && editable.get()) {
      editor.accept(spec);
    }
  }

  /** Destroys the cluster, but only when the confirmation is its exact name. */
  public boolean destroy(String typedName) {
    ClusterSpec spec = cluster.get();
    if (spec == null
        || running.get()
        || !spec.name().equals(typedName == null ? "" : typedName.trim())) {
      return false;
    }
    begin(spec, "Destroying", Operation.DESTROY, () -> service.destroy(spec, speed.get()));
    return true;
  }

  public void cancel() {
    if (run != null && running.get()) {
      log("Cancel requested: steps under way finish their current call, nothing new starts.");
      run.cancel();
    }
  }

  private interface RunFactory {
    EngineRun make() throws ProvisioningException;
  }

  private void begin(ClusterSpec spec, String verb, Operation operation, RunFactory factory) {
    if (running.get()) {
      return;
    }
    cluster.set(spec);
    active.set(true);
    running.set(true);
    editable.set(false);
    failed.set(false);
    outcome.set("");
    log.clear();
    this.verb = verb;
    title.set(verb + " " + spec.name() + " on " + service.accountName());
    executors
        .background()
        .execute(
            () -> {
              try {
                Plan plan = service.plan(spec);
                EngineRun prepared = factory.make();
                executors
                    .fx()
                    .execute(
                        () -> {
                          showPlan(plan, prepared.timings());
                          run = prepared;
                          prepared.subscribe(new EngineEventBridge(executors.fx(), this::accept));
                          observers.forEach(o -> o.starting(spec, plan, operation, prepared));
                          prepared.start();
                        });
              } catch (ProvisioningException e) {
                executors.fx().execute(() -> refuse(e.getMessage(), e.nextAction()));
              } catch (RuntimeException e) {
                executors
                    .fx()
                    .execute(
                        () ->
                            refuse(
                                String.valueOf(e.getMessage()), "Nothing was changed; try again."));
              }
            });
  }

  private void refuse(String message, String nextAction) {
    title.set(endedTitle(RunOutcome.FAILED));
    failed.set(true);
    outcome.set(message + " " + nextAction);
    running.set(false); // last: whoever sees a run stop finds its outcome written
    log("Could not start: " + message);
  }

  private void showPlan(Plan plan, StepTimings timings) {
    PlanGraph graph = plan.graph(timings);
    rowsById.clear();
    List<StepRow> rows = new ArrayList<>();
    for (PlanGraph.Node node : graph.nodes()) {
      StepRow row = new StepRow(node.id(), node.description(), node.expected());
      rows.add(row);
      rowsById.put(node.id(), row);
    }
    steps.setAll(rows);
    expectedTotal = graph.criticalPath().duration();
    progress.set(0);
    runStart = null;
  }

  /** Applies a batch of engine events; called on the FX thread by the bridge. */
  void accept(List<EngineEvent> batch) {
    for (EngineEvent event : batch) {
      apply(event);
    }
    updateProgress(batch.get(batch.size() - 1).at());
  }

  private void apply(EngineEvent event) {
    if (runStart == null) {
      runStart = event.at();
    }
    if (event instanceof EngineEvent.StepStarted e) {
      row(e.stepId(), e.description()).started(e.at());
      log(e.at(), "start  " + e.description());
    } else if (event instanceof EngineEvent.StepProgress e) {
      row(e.stepId(), e.stepId()).progress(e.message());
    } else if (event instanceof EngineEvent.StepRetrying e) {
      row(e.stepId(), e.stepId()).retrying(e.cause());
      log(
          e.at(),
          "retry  "
              + e.stepId()
              + " (attempt "
              + e.attempt()
              + ", "
              + e.kind()
              + "): "
              + e.cause());
    } else if (event instanceof EngineEvent.StepSucceeded e) {
      StepRow row = row(e.stepId(), e.stepId());
      row.finished(
          e.at(),
          StepState.DONE,
          e.changed() ? e.resourceId() : e.resourceId() + " (already there)");
      log(e.at(), (e.changed() ? "done   " : "found  ") + e.stepId() + " " + e.resourceId());
    } else if (event instanceof EngineEvent.StepFailed e) {
      row(e.stepId(), e.stepId())
          .finished(e.at(), StepState.FAILED, e.cause() + " — " + e.nextAction());
      log(e.at(), "FAILED " + e.stepId() + ": " + e.cause() + " Next: " + e.nextAction());
    } else if (event instanceof EngineEvent.StepSkipped e) {
      row(e.stepId(), e.stepId()).finished(e.at(), StepState.SKIPPED, e.reason());
      log(e.at(), "skip   " + e.stepId() + ": " + e.reason());
    } else if (event instanceof EngineEvent.RunFinished e) {
      finish(e.summary());
    }
  }

  private void finish(RunSummary summary) {
    title.set(endedTitle(summary.outcome()));
    failed.set(summary.outcome() != RunOutcome.SUCCEEDED);
    outcome.set(summary.message());
    running.set(false); // after the outcome: whoever sees a run stop finds its outcome written
    eta.set("");
    if (summary.outcome() == RunOutcome.SUCCEEDED) {
      progress.set(1);
    }
    editable.set(summary.operation() == Operation.APPLY);
    accessMoved.set(false);
    if (editable.get() && cluster.get() != null) {
      checkAccess(cluster.get());
    }
    log("finished: " + summary.message());
  }

  /**
   * "Created pw-cluster on Sandbox", "Creating pw-cluster on Sandbox failed": no "…ing" once over.
   */
  private String endedTitle(RunOutcome ended) {
    String what = cluster.get().name() + " on " + service.accountName();
    return switch (ended) {
      case SUCCEEDED -> pastTense(verb) + " " + what;
      case FAILED -> verb + " " + what + " failed";
      default -> verb + " " + what + " stopped (" + ended.name().toLowerCase(Locale.ROOT) + ")";
    };
  }

  /** "Creating" → "Created", "Destroying" → "Destroyed". */
  private static String pastTense(String verb) {
    return verb.substring(0, verb.length() - "ing".length()) + "ed";
  }

  /** Rows for pseudo-steps of a destroy (discover, sweep, verify) are added as they appear. */
  private StepRow row(String id, String description) {
    return rowsById.computeIfAbsent(
        id,
        key -> {
          StepRow row = new StepRow(key, description, Duration.ZERO);
          steps.add(row);
          return row;
        });
  }

  /**
   * Progress is time on the plan's critical path, not a count of steps: the EKS control plane alone
   * is most of the wait, and a bar that runs to 40% in the first minute would mislead.
   */
  private void updateProgress(Instant now) {
    if (!running.get()) {
      return;
    }
    Duration elapsed = runStart == null ? Duration.ZERO : Duration.between(runStart, now);
    Duration left = expectedTotal.minus(elapsed);
    // Milliseconds: on a sped-up Sandbox the whole run can take a few seconds.
    double expected = Math.max(1, expectedTotal.toMillis());
    progress.set(Math.min(0.99, elapsed.toMillis() / expected));
    if (left.isNegative()) {
      eta.set("taking longer than usual; AWS's slow end is 1.5× the typical time");
    } else {
      eta.set("about " + Durations.readable(left) + " left");
    }
  }

  private void log(Instant at, String line) {
    log(
        (runStart == null ? "" : "[" + Durations.readable(Duration.between(runStart, at)) + "] ")
            + line);
  }

  private void log(String line) {
    log.add(line);
  }

  public ObservableList<StepRow> steps() {
    return steps;
  }

  public ObservableList<String> log() {
    return log;
  }

  public ObservableList<ClusterSpec> resumable() {
    return resumable;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** True once a run has been started in this session: the screen then shows it. */
  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty etaProperty() {
    return eta.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }

  public DoubleProperty speedProperty() {
    return speed;
  }

  /** True after an apply or a change finished: the cluster can be edited. */
  public ReadOnlyBooleanProperty editableProperty() {
    return editable.getReadOnlyProperty();
  }

  public ObjectProperty<ClusterSpec> clusterProperty() {
    return cluster;
  }

  /** Who opens the wizard on a fresh spec (the composition root); given the last cluster. */
  public void setNewClusterStarter(Consumer<ClusterSpec> starter) {
    this.newClusterStarter = starter;
  }

  /**
   * "Set up another cluster": the wizard's first page on a fresh spec, not the last one's Review.
   */
  public void newCluster() {
    ClusterSpec last = cluster.get();
    close();
    if (!active.get() && last != null) {
      newClusterStarter.accept(last);
    }
  }

  /** Back to the wizard; the finished run stays in the journal. */
  public void close() {
    if (!running.get()) {
      active.set(false);
    }
  }
}
