package dev.eksdesk.kube.recycle;

import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.KubeEndpoint;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** NodeMaintenance through fabric8. */
public final class Fabric8NodeMaintenance implements NodeMaintenance {
  private static final Duration POLL = Duration.ofMillis(500);

  private final KubernetesClient client;
  private final KubernetesClient evictions;
  private final Drainer drainer;

  private Fabric8NodeMaintenance(KubernetesClient client) {
    this.client = client;
    this.evictions = KubeClients.withoutRetries(client);
    this.drainer = new Drainer(client, evictions);
  }

  public static NodeMaintenance on(KubeEndpoint endpoint) {
    return new Fabric8NodeMaintenance(KubeClients.connect(endpoint));
  }

  @Override
  public void cordon(String node) {
    drainer.cordon(node);
  }

  @Override
  public void uncordon(String node) {
    drainer.uncordon(node);
  }

  @Override
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
