package dev.eksdesk.cli.kube;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.KubeGateway;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One snapshot of a cluster once its watch has gone quiet: a command prints what the cluster
 * settled to, not the first half-listed state (the sandbox's controller starts pods right after the
 * nodes join).
 */
final class SettledSnapshot {
  private static final Duration QUIET = Duration.ofMillis(1500);
  private static final Duration AT_MOST = Duration.ofSeconds(30);

  private SettledSnapshot() {}

  /**
   * @throws IllegalStateException saying why, when the API server refuses or does not answer
   */
  static ClusterSnapshot of(ClusterRuntime cluster) throws Exception {
    AtomicReference<ClusterSnapshot> latest = new AtomicReference<>();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    AtomicLong lastChange = new AtomicLong(System.nanoTime());
    try {
      watchUntilQuiet(cluster, latest, failed, lastChange);
    } catch (RuntimeException unreachable) {
      // the first list can fail before the watch is set up (an unknown host fails at once): the
      // same explanation as a failure reported by the watch
      throw new IllegalStateException(cluster.explain(unreachable), unreachable);
    }
    if (failed.get() != null) {
      throw new IllegalStateException(cluster.explain(failed.get()));
    }
    if (latest.get() == null) {
      throw new IllegalStateException("the cluster's API server did not answer within " + AT_MOST);
    }
    return latest.get();
  }

  private static void watchUntilQuiet(
      ClusterRuntime cluster,
      AtomicReference<ClusterSnapshot> latest,
      AtomicReference<Throwable> failed,
      AtomicLong lastChange)
      throws Exception {
    try (KubeGateway gateway = cluster.connect();
        AutoCloseable watch =
            gateway.watchCluster(
                snapshot -> {
                  latest.set(snapshot);
                  lastChange.set(System.nanoTime());
                },
                failed::set)) {
      long deadline = System.nanoTime() + AT_MOST.toNanos();
      while (System.nanoTime() < deadline
          && failed.get() == null
          && (latest.get() == null || System.nanoTime() - lastChange.get() < QUIET.toNanos())) {
        Thread.sleep(100);
      }
    }
  }
}
