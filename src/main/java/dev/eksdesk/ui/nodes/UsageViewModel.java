package dev.eksdesk.ui.nodes;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.ResourceUse;
import dev.eksdesk.kube.UsageReading;
import dev.eksdesk.ui.fx.UiExecutors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Node and pod CPU/memory of the cluster shown, read from the metrics API every {@code interval}
 * (metrics-server's own resolution is 15 s) on a thread of its own, with each node's recent CPU for
 * a sparkline. When the metrics API does not answer, {@link #problemProperty()} says why.
 */
public final class UsageViewModel implements AutoCloseable {
  /** Samples kept per node for its sparkline. */
  static final int HISTORY = 30;

  private final ClusterRuntimes runtimes;
  private final UiExecutors executors;
  private final Duration interval;
  private final ScheduledExecutorService reader =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "usage-reader");
            t.setDaemon(true);
            return t;
          });
  private final ReadOnlyObjectWrapper<UsageReading> latest =
      new ReadOnlyObjectWrapper<>(UsageReading.unavailable("", Instant.EPOCH));
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final Map<String, Deque<Long>> nodeCpuHistory = new HashMap<>();
  private AutoCloseable subscription;
  // read and written on the reader thread only
  private ClusterRuntime connectedTo;
  private KubeGateway gateway;

  public UsageViewModel(ClusterRuntimes runtimes, UiExecutors executors, Duration interval) {
    this.runtimes = runtimes;
    this.executors = executors;
    this.interval = interval;
  }

  /** Starts reading, now and every interval, for whichever cluster is current. */
  public void start() {
    subscription = runtimes.subscribe(runtime -> reader.execute(() -> read(runtime.orElse(null))));
    reader.scheduleWithFixedDelay(
        () -> read(runtimes.current().orElse(null)),
        interval.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void read(ClusterRuntime runtime) {
    if (runtime != connectedTo) {
      if (gateway != null) {
        gateway.close();
      }
      gateway = null;
      connectedTo = runtime;
      executors.fx().execute(this::forgetHistory);
    }
    if (runtime == null) {
      return;
    }
    UsageReading reading;
    try {
      if (gateway == null) {
        gateway = runtime.connect();
      }
      reading = gateway.readUsage();
    } catch (RuntimeException e) {
      reading =
          UsageReading.unavailable("Usage could not be read: " + e.getMessage(), Instant.now());
    }
    UsageReading done = reading;
    executors.fx().execute(() -> show(runtime, done));
  }

  private void forgetHistory() {
    nodeCpuHistory.clear();
    problem.set("");
    latest.set(UsageReading.unavailable("", Instant.EPOCH));
  }

  /** Shows a reading; on the FX thread. */
  void show(ClusterRuntime from, UsageReading reading) {
    if (from != runtimes.current().orElse(null)) {
      return;
    }
    problem.set(reading.unavailable());
    reading
        .nodes()
        .forEach(
            (node, use) -> {
              Deque<Long> history =
                  nodeCpuHistory.computeIfAbsent(node, n -> new ArrayDeque<>(HISTORY));
              if (history.size() == HISTORY) {
                history.removeFirst();
              }
              history.addLast(use.milliCpu());
            });
    latest.set(reading);
  }

  public Optional<ResourceUse> ofNode(String node) {
    return Optional.ofNullable(latest.get().nodes().get(node));
  }

  /**
   * @param podKey namespace/name
   */
  public Optional<ResourceUse> ofPod(String podKey) {
    return Optional.ofNullable(latest.get().pods().get(podKey));
  }

  /** The node's CPU in millicores over the last readings, oldest first. */
  public List<Long> cpuHistoryOf(String node) {
    Deque<Long> history = nodeCpuHistory.get(node);
    return history == null ? List.of() : List.copyOf(history);
  }

  /** The last reading; its arrival is the signal to redraw the usage columns. */
  public ReadOnlyObjectProperty<UsageReading> latestProperty() {
    return latest.getReadOnlyProperty();
  }

  /**
   * Why there is no usage to show (metrics-server not installed, not reachable), empty when there
   * is.
   */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  @Override
  public void close() {
    if (subscription != null) {
      try {
        subscription.close();
      } catch (Exception e) {
        // removing a listener does not fail
      }
    }
    reader.shutdownNow();
    KubeGateway open = gateway;
    if (open != null) {
      open.close();
    }
  }
}
