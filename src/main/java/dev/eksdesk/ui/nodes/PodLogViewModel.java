package dev.eksdesk.ui.nodes;

import dev.eksdesk.files.AtomicFiles;
import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.LogFollow;
import dev.eksdesk.kube.LogRequest;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.ui.fx.UiExecutors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The log window of one pod: which container, follow or not, the previous instance, since and tail;
 * the lines read (the latest {@value #MOST_LINES} kept), narrowed by the search. A followed log is
 * streamed until the window closes ({@link #close()}); lines reach the FX thread in batches.
 */
public final class PodLogViewModel implements AutoCloseable {
  /** Lines kept in memory; older ones drop off the top as new ones come. */
  static final int MOST_LINES = 10_000;

  /** The tails offered; null reads the whole log. */
  public static final List<Integer> TAILS = java.util.Arrays.asList(100, 500, 1000, null);

  /** The spans offered; null reads from the container's start. */
  public static final List<Duration> SINCE =
      java.util.Arrays.asList(
          null, Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(24));

  private final KubeGateway gateway;
  private final PodRow pod;
  private final UiExecutors executors;
  private final ObservableList<String> containers = FXCollections.observableArrayList();
  private final StringProperty container = new SimpleStringProperty();
  private final BooleanProperty follow = new SimpleBooleanProperty(true);
  private final BooleanProperty previous = new SimpleBooleanProperty(false);
  private final ObjectProperty<Duration> since = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> tail = new SimpleObjectProperty<>(500);
  private final BooleanProperty wrap = new SimpleBooleanProperty(false);
  private final StringProperty search = new SimpleStringProperty("");
  private final ObservableList<String> lines = FXCollections.observableArrayList();
  private final FilteredList<String> visibleLines = new FilteredList<>(lines);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ConcurrentLinkedQueue<Batch> arriving = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private volatile LogFollow following;
  private volatile boolean closed;

  /** Counts reads, so that lines of a read the user has since replaced are dropped. */
  private volatile int generation;

  /** Lines of one read, as they came off its stream. */
  private record Batch(int read, List<String> lines) {}

  public PodLogViewModel(KubeGateway gateway, PodRow pod, UiExecutors executors) {
    this.gateway = gateway;
    this.pod = pod;
    this.executors = executors;
    search.addListener(
        (obs, old, text) -> {
          String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
          visibleLines.setPredicate(
              needle.isEmpty() ? null : line -> line.toLowerCase(Locale.ROOT).contains(needle));
        });
    for (var option : List.of(container, follow, previous, since, tail)) {
      option.addListener((obs, old, now) -> reload());
    }
  }

  /** Reads the pod's containers, then its first container's log; on the FX thread. */
  public void start() {
    status.set("Reading " + pod.key() + "…");
    executors
        .background()
        .execute(
            () -> {
              try {
                List<String> names = gateway.logs().containers(pod.namespace(), pod.name());
                executors.fx().execute(() -> showContainers(names));
              } catch (RuntimeException e) {
                executors.fx().execute(() -> status.set("Cannot read the pod: " + e.getMessage()));
              }
            });
  }

  private void showContainers(List<String> names) {
    if (names.isEmpty()) {
      status.set(pod.key() + " no longer exists.");
      return;
    }
    containers.setAll(names);
    if (names.contains(container.get())) {
      reload();
    } else {
      container.set(names.get(0)); // reloads
    }
  }

  private void reload() {
    if (closed || container.get() == null) {
      return;
    }
    int read = ++generation;
    lines.clear();
    LogRequest request = request(tail.get());
    if (follow.get() && !previous.get()) {
      status.set("Following " + container.get() + "…");
      executors.background().execute(() -> startFollowing(read, request));
    } else {
      status.set("Reading " + container.get() + "…");
      executors.background().execute(this::stopFollowing);
      executors.background().execute(() -> readOnce(read, request));
    }
  }

  private LogRequest request(Integer tailLines) {
    return new LogRequest(
        pod.namespace(), pod.name(), container.get(), previous.get(), since.get(), tailLines);
  }

  /** Off the FX thread: opening waits for the server, closing for the stream's lock. */
  private synchronized void startFollowing(int read, LogRequest request) {
    stopFollowing();
    if (closed || read != generation) {
      return; // the window closed, or the user changed the options again meanwhile
    }
    following =
        gateway
            .logs()
            .follow(
                request,
                batch -> arrive(new Batch(read, batch)),
                why -> executors.fx().execute(() -> ended(read, why)));
  }

  private void readOnce(int read, LogRequest request) {
    try {
      List<String> found = gateway.logs().read(request).lines().toList();
      executors
          .fx()
          .execute(
              () -> {
                if (read == generation) {
                  append(found);
                  status.set(found.size() + " lines of " + container.get() + ".");
                }
              });
    } catch (RuntimeException e) {
      executors.fx().execute(() -> ended(read, e.getMessage()));
    }
  }

  private void ended(int read, String why) {
    if (read == generation) {
      status.set(why);
    }
  }

  /** Lines from the stream's thread: queued, and drained by one task on the FX thread. */
  private void arrive(Batch batch) {
    arriving.add(batch);
    if (drainScheduled.compareAndSet(false, true)) {
      executors.fx().execute(this::drainArrived);
    }
  }

  private void drainArrived() {
    drainScheduled.set(false);
    List<String> all = new ArrayList<>();
    for (Batch batch; (batch = arriving.poll()) != null; ) {
      if (batch.read() == generation) {
        all.addAll(batch.lines());
      }
    }
    if (!closed) {
      append(all);
    }
  }

  private void append(List<String> more) {
    if (more.size() >= MOST_LINES) {
      lines.setAll(more.subList(more.size() - MOST_LINES, more.size()));
      return;
    }
    int overflow = lines.size() + more.size() - MOST_LINES;
    if (overflow > 0) {
      lines.remove(0, overflow);
    }
    lines.addAll(more);
  }

  /**
   * Saves the whole log as the options ask for it (every line, not only the tail shown) to {@code
   * file}; read and written off the FX thread.
   */
  public void save(Path file) {
    LogRequest request = request(null);
    status.set("Saving to " + file + "…");
    executors
        .background()
        .execute(
            () -> {
              try {
                String text = gateway.logs().read(request);
                AtomicFiles.replaceShared(file, text.getBytes(StandardCharsets.UTF_8));
                long count = text.lines().count();
                executors
                    .fx()
                    .execute(() -> status.set("Saved " + count + " lines to " + file + "."));
              } catch (IOException e) {
                executors
                    .fx()
                    .execute(
                        () ->
                            status.set(
                                "The log was not saved: "
                                    + e.getMessage()
                                    + ". Choose a folder you can write to."));
              } catch (RuntimeException e) {
                executors
                    .fx()
                    .execute(() -> status.set("The log was not saved: " + e.getMessage()));
              }
            });
  }

  /** The lines shown, as one text for the clipboard. */
  public String visibleText() {
    return String.join("\n", visibleLines);
  }

  private synchronized void stopFollowing() {
    LogFollow open = following;
    following = null;
    if (open != null) {
      open.close();
    }
  }

  /** The follow streaming now, if any: the window's tests check it stops. */
  LogFollow following() {
    return following;
  }

  public PodRow pod() {
    return pod;
  }

  public ObservableList<String> containers() {
    return containers;
  }

  public StringProperty containerProperty() {
    return container;
  }

  public BooleanProperty followProperty() {
    return follow;
  }

  public BooleanProperty previousProperty() {
    return previous;
  }

  public ObjectProperty<Duration> sinceProperty() {
    return since;
  }

  public ObjectProperty<Integer> tailProperty() {
    return tail;
  }

  public BooleanProperty wrapProperty() {
    return wrap;
  }

  public StringProperty searchProperty() {
    return search;
  }

  /** Every line read (the latest {@value #MOST_LINES}). */
  public ObservableList<String> lines() {
    return lines;
  }

  /** The lines that match the search. */
  public FilteredList<String> visibleLines() {
    return visibleLines;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /**
   * Stops the stream (off the FX thread); no line reaches the screen afterwards. Called when the
   * window closes.
   */
  @Override
  public void close() {
    closed = true;
    generation++;
    try {
      executors.background().execute(this::stopFollowing);
    } catch (RejectedExecutionException exiting) {
      stopFollowing(); // Eksdesk is closing: nothing else waits for the FX thread now
    }
  }
}
