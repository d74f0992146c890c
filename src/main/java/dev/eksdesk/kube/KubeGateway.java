package dev.eksdesk.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door from the UI, the CLI and the engine to a Kubernetes cluster, the sandbox's or a real
 * EKS one: everything it takes and gives is plain Java.
 */
public final class KubeGateway implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KubeGateway.class);

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
   *
   * @param failed hears, once, when the first list fails (the cluster refuses this identity, or
   *     cannot be reached); nothing is published then
   */
  public AutoCloseable watchCluster(
      Consumer<ClusterSnapshot> listener, Consumer<Throwable> failed) {
    ClusterWatch watch = new ClusterWatch(client, SNAPSHOT_INTERVAL, listener, failed);
    watch.start();
    return watch;
  }

  /** As above, for callers that notice a missing snapshot themselves; a failure is logged. */
  public AutoCloseable watchCluster(Consumer<ClusterSnapshot> listener) {
    return watchCluster(listener, e -> LOG.warn("could not list the cluster's nodes and pods", e));
  }

  /** Nodes and pods as they are now, from one list of each (for periodic reads, not tables). */
  public ClusterSnapshot readCluster() {
    return new ClusterSnapshots()
        .snapshot(
            client.nodes().list().getItems(), client.pods().inAnyNamespace().list().getItems());
  }

  /**
   * Starts watching Deployments, DaemonSets, StatefulSets, Services, pods and namespaces; as {@link
   * #watchCluster(Consumer, Consumer)}, snapshots come on a thread of the watch, at most five a
   * second.
   */
  public AutoCloseable watchWorkloads(
      Consumer<WorkloadsSnapshot> listener, Consumer<Throwable> failed) {
    WorkloadWatch watch = new WorkloadWatch(client, SNAPSHOT_INTERVAL, listener, failed);
    watch.start();
    return watch;
  }

  /** Node and pod usage from the metrics API now, or why it does not answer. */
  public UsageReading readUsage() {
    return UsageReader.read(client);
  }

  /**
   * Forwards a local loopback port to a pod's port until the returned handle is closed.
   *
   * @param localPort 0 for any free port
   * @throws PortForwardException when it cannot start (the local port is taken, the pod is gone)
   */
  public PortForward forwardToPod(String namespace, String pod, int remotePort, int localPort) {
    return new PortForwarder(client).toPod(namespace, pod, remotePort, localPort);
  }

  /** As {@link #forwardToPod}, to a Service's port through one of its ready pods. */
  public PortForward forwardToService(
      String namespace, String service, int servicePort, int localPort) {
    return new PortForwarder(client).toService(namespace, service, servicePort, localPort);
  }

  /** The events of one pod, oldest first, read now. */
  public List<PodEventRow> eventsOf(String namespace, String pod) {
    return PodEvents.of(client, namespace, pod);
  }

  /** Containers' logs, read or followed. */
  public PodLogs logs() {
    return new PodLogs(client);
  }

  /** Objects as YAML and described as kubectl describes them. */
  public ObjectViews objects() {
    return new ObjectViews(client);
  }

  /** Delete, restart and scale, as a user asks for them. */
  public WorkloadActions actions() {
    return new WorkloadActions(client);
  }

  @Override
  public void close() {
    client.close();
  }
}
