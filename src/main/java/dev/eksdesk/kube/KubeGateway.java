package dev.eksdesk.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one door from the UI, the CLI and the engine to a Kubernetes cluster, the sandbox's or a real
 * EKS one: everything it takes and gives is plain Java.
 */
public final class KubeGateway implements AutoCloseable {
  /** Tables refresh at most five times a second, however busy the cluster. */
  public static final Duration SNAPSHOT_INTERVAL = Duration.ofMillis(200);

  private final KubernetesClient client;

  private KubeGateway(KubernetesClient client) {
    this.client = client;
  }

  public static KubeGateway connect(KubeEndpoint endpoint) {
    return new KubeGateway(KubeClients.connect(endpoint));
  }

  /**
   * Starts watching nodes and pods; the listener gets a full snapshot after the first list and
   * after every burst of changes, on a background thread of the watch (hop to the UI thread
   * yourself). Close the returned handle to stop.
   */
  public AutoCloseable watchCluster(Consumer<ClusterSnapshot> listener) {
    ClusterWatch watch = new ClusterWatch(client, SNAPSHOT_INTERVAL, listener);
    watch.start();
    return watch;
  }

  /** Nodes and pods as they are now, from one list of each (for periodic reads, not tables). */
  public ClusterSnapshot readCluster() {
    return new ClusterSnapshots()
        .snapshot(
            client.nodes().list().getItems(), client.pods().inAnyNamespace().list().getItems());
  }

  /** The events of one pod, oldest first, read now. */
  public List<PodEventRow> eventsOf(String namespace, String pod) {
    return PodEvents.of(client, namespace, pod);
  }

  @Override
  public void close() {
    client.close();
  }
}
