package dev.eksdesk.app;

import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.aws.AwsClusterAccess;
import dev.eksdesk.cloud.aws.EksConnection;
import dev.eksdesk.cloud.aws.KubeconfigWriter;
import dev.eksdesk.cloud.aws.NodeInterfaces;
import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.cni.Fabric8CniSwap;
import dev.eksdesk.kube.recycle.DrainTimeoutHandler;
import dev.eksdesk.kube.recycle.NodeReplacer;
import dev.eksdesk.kube.recycle.RecycleOptions;
import dev.eksdesk.session.ClusterOperations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An EKS cluster in the user's AWS account: its API server reached with tokens made in-process, pod
 * addresses per node from EC2's ENIs and the pods on each node, Calico from the pinned release, and
 * node replacement by the node group's Auto Scaling group.
 */
final class AwsClusterRuntime implements ClusterRuntime {
  /** The VPC CNI's message when a pod's sandbox gets no address (ipamd has none left). */
  static final String NO_ADDRESS_EVENT = "failed to assign an IP address";

  /**
   * EC2 is asked at most this often: the pod-IP panel re-reads on every change of a busy cluster,
   * several times a second, while EC2's request limits are shared by the whole account.
   */
  static final Duration EC2_READ_INTERVAL = Duration.ofSeconds(15);

  /** A pod still creating after this long is worth asking why. */
  private static final Duration STUCK_AFTER = Duration.ofSeconds(30);

  private final ClusterSpec spec;
  private final AwsClusterAccess access;
  private final InstanceCatalog catalog;
  private final EksConnection connection;
  private final Supplier<String> tokens;
  private final Optional<String> profile;
  private final CallerIdentity caller;
  private final RecentRead<List<NodeInterfaces>> interfaces;
  private final RecentRead<Map<String, Long>> available;
  private final ClusterOperations operations;

  private AwsClusterRuntime(
      ClusterSpec spec,
      AwsClusterAccess access,
      InstanceCatalog catalog,
      EksConnection connection,
      Optional<String> profile,
      CallerIdentity caller,
      ClusterOperations operations) {
    this.spec = spec;
    this.operations = operations;
    this.access = access;
    this.catalog = catalog;
    this.connection = connection;
    this.profile = profile;
    this.caller = caller;
    this.tokens = access.tokensFor(spec.name());
    Clock clock = Clock.systemUTC();
    this.interfaces =
        new RecentRead<>(EC2_READ_INTERVAL, () -> access.nodeInterfaces(spec.name()), clock);
    this.available =
        new RecentRead<>(
            EC2_READ_INTERVAL, () -> access.availableAddresses(connection.subnetIds()), clock);
  }

  /**
   * @param profile the AWS profile the credentials come from, for kubectl's kubeconfig entry
   * @param caller who the credentials are (STS): the account the cluster is in, and the ARN named
   *     when the cluster refuses it
   * @param operations the account's clusters, whose locks a recycle or a CNI swap holds
   * @throws dev.eksdesk.cloud.CloudException when the cluster is missing or not ACTIVE
   */
  static AwsClusterRuntime connect(
      ClusterSpec spec,
      AwsClusterAccess access,
      Optional<String> profile,
      CallerIdentity caller,
      InstanceCatalog catalog,
      ClusterOperations operations) {
    return new AwsClusterRuntime(
        spec, access, catalog, access.connect(spec.name()), profile, caller, operations);
  }

  @Override
  public ChangeLock lockFor(String operation) throws JournalLockedException {
    return operations.hold(spec, operation)::run;
  }

  @Override
  public Optional<String> principal() {
    return Optional.of(caller.arn());
  }

  @Override
  public ClusterKey key() {
    return new ClusterKey(caller.account(), spec.region(), spec.name());
  }

  @Override
  public ClusterSpec spec() {
    return spec;
  }

  @Override
  public KubeEndpoint endpoint() {
    return new KubeEndpoint(
        connection.endpoint(), tokens::get, connection.certificateAuthorityPem());
  }

  @Override
  public List<NodeIpView> ipView() {
    try (KubeGateway kube = connect()) {
      ClusterSnapshot cluster = kube.readCluster();
      return AwsNodeIpViews.of(
          interfaces.get(),
          cluster,
          catalog,
          spec.cni(),
          waitingForAddress(kube, cluster, Instant.now()));
    }
  }

  @Override
  public Map<String, Long> availableAddressesBySubnet() {
    return available.get();
  }

  /** Pods stuck creating whose events carry the VPC CNI's "no address" error, by node. */
  static Map<String, List<String>> waitingForAddress(
      KubeGateway kube, ClusterSnapshot cluster, Instant now) {
    Map<String, List<String>> byNode = new HashMap<>();
    for (PodRow pod : cluster.pods()) {
      boolean stuck =
          pod.node() != null
              && "ContainerCreating".equals(pod.status())
              && pod.age(now).compareTo(STUCK_AFTER) > 0;
      if (stuck
          && kube.eventsOf(pod.namespace(), pod.name()).stream()
              .anyMatch(e -> e.message() != null && e.message().contains(NO_ADDRESS_EVENT))) {
        byNode.computeIfAbsent(pod.node(), n -> new ArrayList<>()).add(pod.key());
      }
    }
    return byNode;
  }

  @Override
  public CniSwap openCniSwap() {
    return Fabric8CniSwap.toPinnedCalico(endpoint());
  }

  @Override
  public NodeReplacer nodeReplacer() {
    return access::terminateAndReplace;
  }

  /** As {@code aws eks update-kubeconfig}: the first file of KUBECONFIG, else ~/.kube/config. */
  @Override
  public Optional<KubeconfigWrite> kubeconfig() {
    return Optional.of(
        () -> {
          Path file = KubeconfigWriter.forCurrentUser();
          new KubeconfigWriter(file).write(connection.kubeconfigEntry(profile));
          return "Added "
              + connection.clusterArn()
              + " to "
              + file
              + " as the current context; kubectl gets its tokens from the AWS CLI.";
        });
  }

  /** An EC2 node takes two to three minutes to boot and join; drains follow the user's choice. */
  @Override
  public RecycleOptions recycleOptions() {
    return new RecycleOptions(
        Duration.ofMinutes(15),
        Duration.ofMinutes(10),
        Duration.ofSeconds(5),
        Optional.empty(),
        DrainTimeoutHandler.ABORT);
  }
}
