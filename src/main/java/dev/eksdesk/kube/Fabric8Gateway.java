package dev.eksdesk.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** KubeGateway through fabric8. */
public final class Fabric8Gateway implements KubeGateway {
  private static final Logger LOG = LoggerFactory.getLogger(Fabric8Gateway.class);

  private final KubernetesClient client;

  private Fabric8Gateway(KubernetesClient client) {
    this.client = client;
  }

  public static KubeGateway connect(KubeEndpoint endpoint) {
    return new Fabric8Gateway(KubeClients.connect(endpoint));
  }

  @Override
  public AutoCloseable watchCluster(
      Consumer<ClusterSnapshot> listener, Consumer<Throwable> failed) {
    ClusterWatch watch = new ClusterWatch(client, SNAPSHOT_INTERVAL, listener, failed);
    watch.start();
    return watch;
  }

  @Override
  public AutoCloseable watchCluster(Consumer<ClusterSnapshot> listener) {
    return watchCluster(listener, e -> LOG.warn("could not list the cluster's nodes and pods", e));
  }

  @Override
  public ClusterSnapshot readCluster() {
    return new ClusterSnapshots()
        .snapshot(
            client.nodes().list().getItems(), client.pods().inAnyNamespace().list().getItems());
  }

  @Override
  public AutoCloseable watchWorkloads(
      Consumer<WorkloadsSnapshot> listener, Consumer<Throwable> failed) {
    WorkloadWatch watch = new WorkloadWatch(client, SNAPSHOT_INTERVAL, listener, failed);
    watch.start();
    return watch;
  }

  @Override
  public UsageReading readUsage() {
    return UsageReader.read(client);
  }

  @Override
  public PortForward forwardToPod(String namespace, String pod, int remotePort, int localPort) {
    return new PortForwarder(client).toPod(namespace, pod, remotePort, localPort);
  }

  @Override
  public PortForward forwardToService(
      String namespace, String service, int servicePort, int localPort) {
    return new PortForwarder(client).toService(namespace, service, servicePort, localPort);
  }

  @Override
  public List<PodEventRow> eventsOf(String namespace, String pod) {
    return PodEvents.of(client, namespace, pod);
  }

  @Override
  public PodLogs logs() {
    return new Fabric8PodLogs(client);
  }

  @Override
  public ObjectViews objects() {
    return new Fabric8ObjectViews(client);
  }

  @Override
  public WorkloadActions actions() {
    return new Fabric8WorkloadActions(client);
  }

  @Override
  public void close() {
    client.close();
  }
}
