package dev.eksdesk.ui.topology;

import dev.eksdesk.files.AtomicFiles;
import dev.eksdesk.topology.ElementKind;
import dev.eksdesk.topology.ElementState;
import dev.eksdesk.topology.LiveTopology;
import dev.eksdesk.topology.SvgExport;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.topology.TopologyLayouter;
import dev.eksdesk.ui.fx.UiExecutors;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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
import javax.imageio.ImageIO;

/**
 * The topology screen without controls: the current topology (moved onto the FX thread at most once
 * per FX turn however fast updates come), the selection and its details, a one-line summary, and
 * the exports. Call {@link #activate()} when shown and {@link #deactivate()} when left.
 *
 * <p>It draws the live cluster (the one Setup plans and builds) unless a cluster opened from the
 * account is shown instead; the live one keeps being followed meanwhile, for the way back.
 */
public final class TopologyViewModel {
  private final LiveTopology live;
  private final UiExecutors executors;
  private final ReadOnlyObjectWrapper<Topology> topology = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper();
  private final ObservableList<DetailRow> details = FXCollections.observableArrayList();
  private final ObservableList<DetailRow> detailsView =
      FXCollections.unmodifiableObservableList(details);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper showingLive = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper openedFrom = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper liveCluster = new ReadOnlyStringWrapper();
  private final AtomicReference<Topology> latest = new AtomicReference<>();
  private final AtomicBoolean publishScheduled = new AtomicBoolean();
  private AutoCloseable subscription;

  public TopologyViewModel(LiveTopology live, UiExecutors executors) {
    this.live = live;
    this.executors = executors;
    topology.addListener((o, old, now) -> refresh());
    selection.addListener((o, old, now) -> refresh());
    topology.set(live.current());
    liveCluster.set(live.current().cluster());
  }

  public void activate() {
    if (subscription == null) {
      subscription = live.subscribe(this::offer);
      offer(live.current());
    }
  }

  public void deactivate() {
    if (subscription != null) {
      try {
        subscription.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not unsubscribe from the topology", e);
      }
      subscription = null;
    }
  }

  /** Any thread: keeps the newest topology and schedules one publication if none is pending. */
  private void offer(Topology next) {
    latest.set(next);
    if (!publishScheduled.getAndSet(true)) {
      executors.fx().execute(this::publish);
    }
  }

  private void publish() {
    publishScheduled.set(false); // before reading, so a later offer schedules another publication
    Topology next = latest.get();
    liveCluster.set(next.cluster());
    if (showingLive.get()) {
      topology.set(next);
    }
  }

  /** Draws a cluster read from the account instead of the live one, until {@link #showLive}. */
  public void showOpened(Topology opened, String where) {
    showingLive.set(false);
    openedFrom.set(where);
    show(opened);
  }

  /** Back to the cluster Setup plans and builds, drawn live. */
  public void showLive() {
    showingLive.set(true);
    openedFrom.set("");
    show(live.current());
  }

  private void show(Topology next) {
    selection.set(null);
    topology.set(next);
  }

  private void refresh() {
    Topology current = topology.get();
    SelectionDetails shown = SelectionDetails.of(current, selection.get());
    heading.set(shown.heading());
    state.set(shown.state());
    details.setAll(shown.rows());
    summary.set(summarize(current));
  }

  private static String summarize(Topology t) {
    long failed = t.elements().stream().filter(e -> e.state() == ElementState.FAILED).count();
    long resources = t.elements().stream().filter(e -> !e.kind().structural()).count();
    long ready =
        t.elements().stream().filter(e -> e.state() == ElementState.READY).count()
            - t.elements().stream().filter(e -> e.kind().structural()).count();
    return String.format(
        "%d of %d ready · %d nodes · %d pods%s",
        ready,
        resources,
        t.ofKind(ElementKind.NODE).size(),
        t.podCount(),
        failed == 0 ? "" : " · " + failed + " failed");
  }

  /** Writes the SVG in the background; the future completes on the FX executor. */
  public CompletableFuture<Path> exportSvg(Path file) {
    Topology shown = topology.get();
    return write(
        file,
        () -> {
          String svg = SvgExport.svg(shown, TopologyLayouter.layout(shown));
          AtomicFiles.replaceShared(file, svg.getBytes(StandardCharsets.UTF_8));
        });
  }

  /** Encodes and writes a picture the view rendered; the future completes on the FX executor. */
  public CompletableFuture<Path> exportPng(Path file, BufferedImage picture) {
    return write(
        file,
        () -> {
          ByteArrayOutputStream png = new ByteArrayOutputStream();
          if (!ImageIO.write(picture, "png", png)) {
            throw new IOException("no PNG writer available");
          }
          AtomicFiles.replaceShared(file, png.toByteArray());
        });
  }

  private CompletableFuture<Path> write(Path file, IoWork work) {
    CompletableFuture<Path> done = new CompletableFuture<>();
    executors
        .background()
        .execute(
            () -> {
              try {
                work.run();
                executors
                    .fx()
                    .execute(
                        () -> {
                          message.set("Saved " + file.getFileName());
                          done.complete(file);
                        });
              } catch (IOException | UncheckedIOException e) {
                executors
                    .fx()
                    .execute(
                        () -> {
                          message.set(
                              "Could not save " + file.getFileName() + ": " + e.getMessage());
                          done.completeExceptionally(e);
                        });
              }
            });
    return done;
  }

  @FunctionalInterface
  private interface IoWork {
    void run() throws IOException;
  }

  public ReadOnlyObjectProperty<Topology> topologyProperty() {
    return topology.getReadOnlyProperty();
  }

  public ObjectProperty<Selection> selectionProperty() {
    return selection;
  }

  public ReadOnlyStringProperty headingProperty() {
    return heading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ObservableList<DetailRow> details() {
    return detailsView;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** False while a cluster opened from the account is drawn instead of the live one. */
  public ReadOnlyBooleanProperty showingLiveProperty() {
    return showingLive.getReadOnlyProperty();
  }

  /** The account and region the drawn cluster was read from; empty while the live one is drawn. */
  public ReadOnlyStringProperty openedFromProperty() {
    return openedFrom.getReadOnlyProperty();
  }

  /** The name of the cluster Setup plans and builds, for the way back to it. */
  public ReadOnlyStringProperty liveClusterProperty() {
    return liveCluster.getReadOnlyProperty();
  }

  /** The result of the last export, in words. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
