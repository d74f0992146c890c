package dev.eksdesk.ui.nodes;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.kube.recycle.DrainDecision;
import dev.eksdesk.kube.recycle.DrainTimeoutHandler;
import dev.eksdesk.kube.recycle.NodeRecycler;
import dev.eksdesk.kube.recycle.RecycleEvent;
import dev.eksdesk.kube.recycle.RecycleOptions;
import dev.eksdesk.kube.recycle.RecycleOutcome;
import dev.eksdesk.kube.recycle.RecycleRun;
import dev.eksdesk.ui.fx.UiExecutors;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One-click recycling as the screen shows it: the drain timeout and what to do when it runs out,
 * chosen up front; then per node cordon, drain, terminate, replacement Ready and (after a swap)
 * overlay addresses checked; pause, resume and abort.
 */
public final class RecycleViewModel {
  /** The drain timeouts offered; EKS's own node group updates give up after 15 minutes. */
  public static final List<Duration> DRAIN_TIMEOUTS =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofMinutes(30));

  private final UiExecutors executors;
  private final ObjectProperty<Duration> drainTimeout =
      new SimpleObjectProperty<>(Duration.ofMinutes(15));
  private final ObjectProperty<DrainChoice> onDrainTimeout =
      new SimpleObjectProperty<>(DrainChoice.ASK);
  private final ObservableList<ProgressRow> nodes = FXCollections.observableArrayList();
  private final Map<String, ProgressRow> rowsByNode = new HashMap<>();

  /** A replacement's name to the row of the node it replaced, for the overlay checks. */
  private final Map<String, ProgressRow> rowsByReplacement = new HashMap<>();

  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<DrainQuestion> question = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RecycleOutcome> result = new ReadOnlyObjectWrapper<>();
  private volatile RecycleRun run;
  private Optional<String> overlayPool = Optional.empty();

  public RecycleViewModel(UiExecutors executors) {
    this.executors = executors;
  }

  /**
   * Recycles the nodes, in order, on a thread of the recycler.
   *
   * @param overlayPool when set (after a swap), each replacement's pods must get addresses from it
   */
  public void start(ClusterRuntime cluster, List<String> nodeNames, Optional<String> overlayPool) {
    if (running.get() || nodeNames.isEmpty()) {
      return;
    }
    this.overlayPool = overlayPool;
    rowsByNode.clear();
    rowsByReplacement.clear();
    nodes.clear();
    for (String name : nodeNames) {
      ProgressRow row = new ProgressRow(name);
      rowsByNode.put(name, row);
      nodes.add(row);
    }
    running.set(true);
    paused.set(false);
    result.set(null);
    outcome.set("");
    RecycleOptions options = options(cluster.recycleOptions(), overlayPool);
    executors
        .background()
        .execute(
            () -> {
              ClusterRuntime.ChangeLock lock;
              try {
                lock = cluster.lockFor("recycle");
              } catch (JournalLockedException e) {
                executors.fx().execute(() -> refuse(e.getMessage()));
                return;
              }
              try {
                NodeRecycler recycler = cluster.recycler(options);
                run =
                    recycler.start(
                        nodeNames,
                        event -> {
                          executors.fx().execute(() -> accept(event));
                          if (event instanceof RecycleEvent.Finished) {
                            executors.background().execute(() -> close(recycler, lock));
                          }
                        });
              } catch (RuntimeException e) {
                lock.close();
                throw e;
              }
            });
  }

  private static void close(NodeRecycler recycler, ClusterRuntime.ChangeLock lock) {
    try {
      recycler.close();
    } finally {
      lock.close();
    }
  }

  /** Another Eksdesk holds the cluster: nothing was touched. */
  private void refuse(String why) {
    running.set(false);
    nodes.forEach(row -> row.update(ProgressState.SKIPPED, "Not started", ""));
    outcome.set(why);
  }

  private RecycleOptions options(RecycleOptions base, Optional<String> pool) {
    RecycleOptions chosen =
        new RecycleOptions(
            drainTimeout.get(),
            base.replacementTimeout(),
            base.poll(),
            Optional.empty(),
            drainTimeoutHandler(onDrainTimeout.get()));
    return pool.map(chosen::expectingOverlay).orElse(chosen);
  }

  private DrainTimeoutHandler drainTimeoutHandler(DrainChoice choice) {
    return choice.decision().<DrainTimeoutHandler>map(d -> (node, pods) -> d).orElse(this::ask);
  }

  /** Runs on the recycling thread: shows the question and waits for the answer. */
  private DrainDecision ask(String node, List<String> remainingPods) {
    DrainQuestion asked = new DrainQuestion(node, remainingPods, new CompletableFuture<>());
    executors.fx().execute(() -> question.set(asked));
    try {
      return asked.answer().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DrainDecision.ABORT;
    } catch (ExecutionException e) {
      return DrainDecision.ABORT;
    }
  }

  /** The user's answer to the drain question on screen. */
  public void answer(DrainDecision decision) {
    DrainQuestion asked = question.get();
    if (asked != null) {
      question.set(null);
      asked.answer().complete(decision);
    }
  }

  public void pause() {
    RecycleRun current = run;
    if (current != null && running.get()) {
      current.pause();
    }
  }

  public void resume() {
    RecycleRun current = run;
    if (current != null && running.get()) {
      current.resume();
    }
  }

  public void abort() {
    RecycleRun current = run;
    if (current != null && running.get()) {
      answer(DrainDecision.ABORT);
      current.abort();
    }
  }

  /** Applies one event of the run; on the FX thread. */
  void accept(RecycleEvent event) {
    if (event instanceof RecycleEvent.NodeStarted e) {
      row(e.node()).update(ProgressState.RUNNING, "Cordoning", e.position() + " of " + e.of());
    } else if (event instanceof RecycleEvent.NodeCordoned e) {
      row(e.node()).update(ProgressState.RUNNING, "Draining", "cordoned");
    } else if (event instanceof RecycleEvent.NodesCordonedAhead e) {
      // until its turn, a node not yet on the new network takes no new pods
      e.nodes().forEach(node -> row(node).detail("cordoned, waiting its turn"));
    } else if (event instanceof RecycleEvent.PodEvicted e) {
      row(e.node()).detail("evicted " + e.pod());
    } else if (event instanceof RecycleEvent.EvictionBlocked e) {
      row(e.node()).detail("disruption budget holds " + e.pod() + ": " + e.reason());
    } else if (event instanceof RecycleEvent.NodeDrained e) {
      row(e.node())
          .update(
              ProgressState.RUNNING,
              "Terminating",
              e.podsEvicted() + " pods evicted, " + e.daemonSetPodsLeft() + " DaemonSet pods left");
    } else if (event instanceof RecycleEvent.DrainTimedOut e) {
      row(e.node())
          .detail(
              "drain timed out with "
                  + e.remainingPods().size()
                  + " pods left; "
                  + e.decision().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    } else if (event instanceof RecycleEvent.ReplacementRequested e) {
      row(e.node())
          .update(
              ProgressState.RUNNING, "Waiting for the replacement", e.instanceId() + " terminated");
    } else if (event instanceof RecycleEvent.ReplacementReady e) {
      rowsByReplacement.put(e.newNode(), row(e.oldNode()));
      row(e.oldNode())
          .update(
              ProgressState.RUNNING,
              overlayPool.isPresent() ? "Checking overlay addresses" : "Replacement Ready",
              maxPodsNote(e));
    } else if (event instanceof RecycleEvent.OverlayChecked e) {
      ProgressRow row = rowsByReplacement.get(e.node());
      if (row != null) {
        row.detail(
            e.node()
                + ": "
                + e.podsChecked()
                + " pods on overlay addresses"
                + (e.podsOutsidePool().isEmpty()
                    ? ""
                    : ", outside the pool: " + e.podsOutsidePool()));
      }
    } else if (event instanceof RecycleEvent.NodeRecycled e) {
      ProgressRow row = row(e.oldNode());
      String detail = row.detailProperty().get();
      row.update(
          ProgressState.DONE, "Replaced", detail.startsWith(e.newNode()) ? detail : e.newNode());
    } else if (event instanceof RecycleEvent.AlreadyRecycled e) {
      row(e.oldNode()).update(ProgressState.DONE, "Replaced earlier", e.newNode());
    } else if (event instanceof RecycleEvent.NodeSkipped e) {
      row(e.node()).update(ProgressState.SKIPPED, "Skipped", e.reason());
    } else if (event instanceof RecycleEvent.Paused e) {
      paused.set(true);
      outcome.set("Paused before: " + e.beforeStep());
    } else if (event instanceof RecycleEvent.Resumed) {
      paused.set(false);
      outcome.set("");
    } else if (event instanceof RecycleEvent.Aborted e) {
      outcome.set("Aborted: " + e.leftBehind());
    } else if (event instanceof RecycleEvent.Failed e) {
      if (e.node() != null) {
        row(e.node()).update(ProgressState.FAILED, "Failed", e.what());
      }
      outcome.set(e.what() + " " + e.whatToDo());
    } else if (event instanceof RecycleEvent.Finished e) {
      finish(e.outcome());
    }
  }

  private static String maxPodsNote(RecycleEvent.ReplacementReady e) {
    String note = e.newNode() + " Ready, max pods " + e.oldMaxPods() + " → " + e.newMaxPods();
    return e.newMaxPods() <= e.oldMaxPods() ? note + " (did not grow)" : note;
  }

  private void finish(RecycleOutcome done) {
    running.set(false);
    paused.set(false);
    question.set(null);
    result.set(done);
    if (done.status() == RecycleOutcome.Status.COMPLETED) {
      outcome.set(
          done.replaced().size()
              + " of "
              + nodes.size()
              + " nodes replaced"
              + (done.skipped().isEmpty()
                  ? "."
                  : "; skipped: " + String.join(", ", done.skipped())));
    }
  }

  private ProgressRow row(String node) {
    return rowsByNode.computeIfAbsent(
        node,
        name -> {
          ProgressRow row = new ProgressRow(name);
          nodes.add(row);
          return row;
        });
  }

  public ObjectProperty<Duration> drainTimeoutProperty() {
    return drainTimeout;
  }

  public ObjectProperty<DrainChoice> onDrainTimeoutProperty() {
    return onDrainTimeout;
  }

  public ObservableList<ProgressRow> nodes() {
    return nodes;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty pausedProperty() {
    return paused.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  /** A drain that timed out and waits for the user's decision; null otherwise. */
  public ReadOnlyObjectProperty<DrainQuestion> questionProperty() {
    return question.getReadOnlyProperty();
  }

  /** How the last run ended; null while one runs or before any. */
  public ReadOnlyObjectProperty<RecycleOutcome> resultProperty() {
    return result.getReadOnlyProperty();
  }
}
