package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.Topology;
import dev.eksdesk.ui.fx.UiExecutors;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Open cluster panel without controls: lists the clusters of the account the app works on, and
 * hands the one the person picks to the topology screen, drawn from what the account holds.
 */
public final class OpenClusterViewModel {
  private static final String REPORT = "Try again; if it keeps failing, report this message.";

  /** What the panel shows. */
  public enum Status {
    LOADING,
    EMPTY,
    LISTED,
    DRAWING,
    FAILED
  }

  private final ClusterFinder finder;
  private final TopologyViewModel topology;
  private final UiExecutors executors;
  private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.LOADING);
  private final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper nextAction = new ReadOnlyStringWrapper("");
  private final ObservableList<FoundCluster> clusters = FXCollections.observableArrayList();
  private final ObservableList<FoundCluster> clustersView =
      FXCollections.unmodifiableObservableList(clusters);
  private ClusterLookup lookup;

  public OpenClusterViewModel(
      ClusterFinder finder, TopologyViewModel topology, UiExecutors executors) {
    this.finder = finder;
    this.topology = topology;
    this.executors = executors;
  }

  /** Shows the panel and lists the clusters where the app works now. */
  public void open() {
    lookup = finder.lookup();
    where.set(lookup.where());
    shown.set(true);
    refresh();
  }

  /** Lists the clusters again, in the same account and region. */
  public void refresh() {
    clusters.clear();
    showStatus(Status.LOADING, "Listing the clusters in " + lookup.where() + "…", "");
    ask(ClusterLookup::clusters, this::listed);
  }

  /** Reads the cluster from the account and draws it on the topology screen. */
  public void draw(FoundCluster cluster) {
    showStatus(Status.DRAWING, "Reading " + cluster.name() + " from " + lookup.where() + "…", "");
    ask(asked -> asked.draw(cluster.name()), this::drawn);
  }

  public void close() {
    shown.set(false);
  }

  /**
   * Asks in the background; the answer is shown on the FX thread unless the panel was opened again
   * (on another account, maybe) in the meantime.
   */
  private <T> void ask(Question<T> question, Consumer<T> show) {
    ClusterLookup asked = lookup;
    executors
        .background()
        .execute(
            () -> {
              Runnable update = answer(asked, question, show);
              executors
                  .fx()
                  .execute(
                      () -> {
                        if (asked == lookup) {
                          update.run();
                        }
                      });
            });
  }

  private <T> Runnable answer(ClusterLookup asked, Question<T> question, Consumer<T> show) {
    try {
      T answer = question.ask(asked);
      return () -> show.accept(answer);
    } catch (ClusterLookupException e) {
      return () -> failed(e.getMessage(), e.nextAction());
    } catch (RuntimeException e) {
      return () -> failed(String.valueOf(e.getMessage()), REPORT);
    }
  }

  @FunctionalInterface
  private interface Question<T> {
    T ask(ClusterLookup lookup) throws ClusterLookupException;
  }

  private void listed(List<FoundCluster> found) {
    clusters.setAll(found);
    if (found.isEmpty()) {
      showStatus(
          Status.EMPTY,
          "No clusters in " + lookup.where(),
          "Create one in Setup, or verify another account or region on the Credentials page.");
    } else {
      showStatus(Status.LISTED, found.size() == 1 ? "1 cluster" : found.size() + " clusters", "");
    }
  }

  private void drawn(Topology drawn) {
    topology.showOpened(drawn, lookup.where());
    showStatus(Status.LISTED, "Opened " + drawn.cluster(), "");
    shown.set(false);
  }

  private void failed(String problem, String next) {
    showStatus(Status.FAILED, problem, next);
  }

  private void showStatus(Status next, String text, String action) {
    status.set(next);
    message.set(text);
    nextAction.set(action);
  }

  public ReadOnlyBooleanProperty shownProperty() {
    return shown.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Status> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The account and region looked in, e.g. "the Sandbox, eu-central-1". */
  public ReadOnlyStringProperty whereProperty() {
    return where.getReadOnlyProperty();
  }

  /** What is happening or what went wrong, in words. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** What the person can do about an empty list or a failure; empty otherwise. */
  public ReadOnlyStringProperty nextActionProperty() {
    return nextAction.getReadOnlyProperty();
  }

  public ObservableList<FoundCluster> clusters() {
    return clustersView;
  }
}
