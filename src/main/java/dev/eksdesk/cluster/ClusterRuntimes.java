package dev.eksdesk.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The live clusters the app knows, and which one the screens show: the one the user chose, or
 * (before any choice) the latest to come up. Thread-safe: clusters come and go on background
 * threads, so listeners are called on the thread that made the change and must hop to the FX thread
 * themselves.
 *
 * <p>Clusters are told apart by {@link ClusterKey} (account, region and name), never by name alone:
 * two clusters of one name in two accounts or regions never stand in for each other.
 */
public final class ClusterRuntimes {
  private final Map<ClusterKey, ClusterRuntime> byKey = new LinkedHashMap<>();
  private final List<Consumer<Optional<ClusterRuntime>>> listeners = new CopyOnWriteArrayList<>();
  private ClusterRuntime current;
  private ClusterKey chosen;

  /**
   * A cluster became reachable; it becomes the current one when it is the chosen one, or when none
   * was chosen yet.
   */
  public void add(ClusterRuntime runtime) {
    synchronized (this) {
      byKey.put(runtime.key(), runtime);
      if (chosen != null && !chosen.equals(runtime.key())) {
        return;
      }
      current = runtime;
    }
    notifyListeners();
  }

  /**
   * The screens show this cluster from now on: at once when it is up, otherwise nothing until it
   * comes up (never another cluster).
   */
  public void choose(ClusterKey cluster) {
    synchronized (this) {
      chosen = cluster;
      ClusterRuntime now = byKey.get(cluster);
      if (now == current) {
        return;
      }
      current = now;
    }
    notifyListeners();
  }

  /**
   * A cluster went away (destroyed); when it was the current one, none is when it had been chosen,
   * otherwise the latest other one is.
   */
  public void remove(ClusterKey cluster) {
    boolean changed;
    synchronized (this) {
      ClusterRuntime gone = byKey.remove(cluster);
      changed = gone != null && gone == current;
      if (changed) {
        current =
            chosen != null
                ? null
                : byKey.values().stream().reduce((first, second) -> second).orElse(null);
      }
    }
    if (changed) {
      notifyListeners();
    }
  }

  public synchronized Optional<ClusterRuntime> current() {
    return Optional.ofNullable(current);
  }

  public synchronized Optional<ClusterRuntime> find(ClusterKey cluster) {
    return Optional.ofNullable(byKey.get(cluster));
  }

  public synchronized List<ClusterRuntime> all() {
    return new ArrayList<>(byKey.values());
  }

  /**
   * Calls {@code listener} with the current cluster now and after every change of it.
   *
   * @return closes the subscription
   */
  public AutoCloseable subscribe(Consumer<Optional<ClusterRuntime>> listener) {
    listeners.add(listener);
    listener.accept(current());
    return () -> listeners.remove(listener);
  }

  private void notifyListeners() {
    Optional<ClusterRuntime> now = current();
    listeners.forEach(listener -> listener.accept(now));
  }
}
