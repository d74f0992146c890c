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
    if (failed.get() != null) {
      throw new IllegalStateException(cluster.explain(failed.get()));
    }
    if (latest.get() == null) {
      throw new IllegalStateException("the cluster's API server did not answer within " + AT_MOST);
    }
    return latest.get();
  }
}
