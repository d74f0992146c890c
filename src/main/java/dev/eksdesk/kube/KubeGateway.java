package dev.eksdesk.kube;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one door from the UI, the CLI and the engine to a Kubernetes cluster, the sandbox's or a real
 * EKS one: everything it takes and gives is plain Java.
 */
public interface KubeGateway extends AutoCloseable {
  /** Tables refresh at most five times a second, however busy the cluster. */
  Duration SNAPSHOT_INTERVAL = Duration.ofMillis(200);

  /**
   * Starts watching nodes and pods; the listener gets a full snapshot after the first list and
   * after every burst of changes, on a background thread of the watch (hop to the UI thread
   * yourself). Close the returned handle to stop.
   *
   * @param failed hears, once, when the first list fails (the cluster refuses this identity, or
   *     cannot be reached); nothing is published then
   */
  AutoCloseable watchCluster(Consumer<ClusterSnapshot> listener, Consumer<Throwable> failed);

  /** As above, for callers that notice a missing snapshot themselves; a failure is logged. */
  AutoCloseable watchCluster(Consumer<ClusterSnapshot> listener);

  /** Nodes and pods as they are now, from one list of each (for periodic reads, not tables). */
  ClusterSnapshot readCluster();

  /**
   * Starts watching Deployments, DaemonSets, StatefulSets, Services, pods and namespaces; as {@link
   * #watchCluster(Consumer, Consumer)}, snapshots come on a thread of the watch, at most five a
   * second.
   */
  AutoCloseable watchWorkloads(Consumer<WorkloadsSnapshot> listener, Consumer<Throwable> failed);

  /** Node and pod usage from the metrics API now, or why it does not answer. */
  UsageReading readUsage();

  /**
   * Forwards a local loopback port to a pod's port until the returned handle is closed.
   *
   * @param localPort 0 for any free port
   * @throws PortForwardException when it cannot start (the local port is taken, the pod is gone)
   */
  PortForward forwardToPod(String namespace, String pod, int remotePort, int localPort);

  /** As {@link #forwardToPod}, to a Service's port through one of its ready pods. */
  PortForward forwardToService(String namespace, String service, int servicePort, int localPort);

  /** The events of one pod, oldest first, read now. */
  List<PodEventRow> eventsOf(String namespace, String pod);

  /** Containers' logs, read or followed. */
  PodLogs logs();

  /** Objects as YAML and described as kubectl describes them. */
  ObjectViews objects();

  /** Delete, restart and scale, as a user asks for them. */
  WorkloadActions actions();

  void close();
}
