package dev.eksdesk.kube.recycle;

import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.KubeEndpoint;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * kubectl cordon, uncordon and drain on one node, by hand: the recycler's own {@link Drainer}
 * (evictions that honour disruption budgets, DaemonSet pods left), without replacing the node.
 */
public final class NodeMaintenance implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(500);

  /** What a drain did: the pods it evicted, and those still held by budgets when time ran out. */
  public record DrainOutcome(int evicted, List<String> remaining) {
    public DrainOutcome {
      remaining = List.copyOf(remaining);
    }
  }

  private final KubernetesClient client;
  private final KubernetesClient evictions;
  private final Drainer drainer;

  private NodeMaintenance(KubernetesClient client) {
    this.client = client;
    this.evictions = KubeClients.withoutRetries(client);
    this.drainer = new Drainer(client, evictions);
  }

  public static NodeMaintenance on(KubeEndpoint endpoint) {
    return new NodeMaintenance(KubeClients.connect(endpoint));
  }

  public void cordon(String node) {
    drainer.cordon(node);
  }

  public void uncordon(String node) {
    drainer.uncordon(node);
  }

  /**
   * Cordons the node and evicts its pods, retrying those a budget holds until {@code timeout};
   * tells {@code progress} of each pod evicted or held, in words.
   */
  public DrainOutcome drain(String node, Duration timeout, Consumer<String> progress)
      throws InterruptedException {
    drainer.cordon(node);
    int[] evicted = {0};
    List<String> remaining =
        drainer.drain(
            node,
            timeout,
            POLL,
            event -> {
              if (event instanceof RecycleEvent.PodEvicted e) {
                evicted[0]++;
                progress.accept("Evicted " + e.pod());
              } else if (event instanceof RecycleEvent.EvictionBlocked e) {
                progress.accept(e.pod() + " waits: " + e.reason());
              }
            });
    return new DrainOutcome(evicted[0], remaining);
  }

  @Override
  public void close() {
    evictions.close();
    client.close();
  }
}
