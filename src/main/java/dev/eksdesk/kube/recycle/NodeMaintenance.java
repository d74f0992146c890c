package dev.eksdesk.kube.recycle;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * kubectl cordon, uncordon and drain on one node, by hand: the recycler's own drain (evictions that
 * honour disruption budgets, DaemonSet pods left), without replacing the node.
 */
public interface NodeMaintenance extends AutoCloseable {
  /** What a drain did: the pods it evicted, and those still held by budgets when time ran out. */
  record DrainOutcome(int evicted, List<String> remaining) {
    public DrainOutcome {
      remaining = List.copyOf(remaining);
    }
  }

  void cordon(String node);

  void uncordon(String node);

  /**
   * Cordons the node and evicts its pods, retrying those a budget holds until {@code timeout};
   * tells {@code progress} of each pod evicted or held, in words.
   */
  DrainOutcome drain(String node, Duration timeout, Consumer<String> progress)
      throws InterruptedException;

  void close();
}
