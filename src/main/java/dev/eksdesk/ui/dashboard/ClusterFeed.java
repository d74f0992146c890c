package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cluster.ClusterRuntime;
import java.util.List;
import java.util.Map;

/**
 * What Kubernetes tells the dashboards between refreshes. Calls may block: not on the FX thread.
 */
public interface ClusterFeed {

  /**
   * Calls {@code changed} (on any thread) whenever nodes or pods change, at most every 200 ms.
   *
   * @return stops the watch
   */
  AutoCloseable watch(ClusterRuntime cluster, Runnable changed);

  /** The latest event of each pod ("namespace/name" → its message), for pods that have one. */
  Map<String, String> latestEvents(ClusterRuntime cluster, List<String> pods);

  /** No watch and no events: the panels update on their timers only (tests). */
  static ClusterFeed none() {
    return new ClusterFeed() {
      @Override
      public AutoCloseable watch(ClusterRuntime cluster, Runnable changed) {
        return () -> {};
      }

      @Override
      public Map<String, String> latestEvents(ClusterRuntime cluster, List<String> pods) {
        return Map.of();
      }
    };
  }
}
