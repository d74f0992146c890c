package dev.eksdesk.app;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.cloud.sandbox.NodeGroupInstance;
import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.WellKnown;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.cni.Fabric8CniSwap;
import dev.eksdesk.kube.recycle.DrainTimeoutHandler;
import dev.eksdesk.kube.recycle.NodeReplacer;
import dev.eksdesk.kube.recycle.RecycleJournal;
import dev.eksdesk.kube.recycle.RecycleOptions;
import dev.eksdesk.kube.sandbox.NodeRegistration;
import dev.eksdesk.kube.sandbox.SandboxKube;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sandbox cluster brought to life: the sandbox's Kubernetes with one node per instance that the
 * sandbox account's node group runs (type, zone and subnet from EC2, max pods from the launch
 * template), a node replacer that works the way the node group's Auto Scaling group does, and a
 * load balancer in the account for each LoadBalancer Service, as the AWS Load Balancer Controller
 * makes it.
 *
 * <p>Its Kubernetes (objects, CNI, pod addresses) is kept in the cluster's folder and comes back as
 * it was in the next command or app start; nodes follow the account's instances.
 */
final class SandboxClusterRuntime implements ClusterRuntime, AutoCloseable {
  private static final String CALICO_MANIFEST = "sandbox-calico.yaml";

  /** The sandbox's pods start within a second or two; a step still waiting after this is stuck. */
  private static final Duration SWAP_STEP_TIMEOUT = Duration.ofSeconds(15);

  private final ClusterSpec spec;
  private final Supplier<SandboxAccount> account;
  private final InstanceCatalog catalog;
  private static final Logger LOG = LoggerFactory.getLogger(SandboxClusterRuntime.class);
  private static final int JOIN_ATTEMPTS = 5;
  private final Duration bootDelay;

  /**
   * Replacements boot on a thread of their own: the shared fork-join pool has one thread on a
   * two-core machine, and anything blocking it would hold a node back from joining.
   */
  private final ScheduledExecutorService boots =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "sandbox-node-boot");
            thread.setDaemon(true);
            return thread;
          });

  private final SandboxKube kube;
  private final RecycleJournal recycleJournal;

  private SandboxClusterRuntime(
      Path home,
      ClusterSpec spec,
      Supplier<SandboxAccount> account,
      InstanceCatalog catalog,
      Duration bootDelay) {
    this.spec = spec;
    this.account = account;
    this.catalog = catalog;
    this.bootDelay = bootDelay;
    ClusterStateFile state = ClusterStateFile.of(home, spec.name(), ClusterStateFile.KUBE_STATE);
    try {
      this.kube =
          SandboxKube.start(
              spec.region(),
              state,
              eksClusterId(account.get(), spec.name()),
              catalog::require,
              (namespace, service) ->
                  Optional.of(account.get().serviceLoadBalancer(spec.name(), namespace, service)));
    } catch (IllegalStateException e) {
      throw new IllegalStateException(
          e.getMessage()
              + " ("
              + state.path()
              + "; delete it to start the cluster's Kubernetes"
              + " afresh)",
          e);
    }
    ClusterStateFile journal =
        ClusterStateFile.of(home, spec.name(), ClusterStateFile.RECYCLE_JOURNAL);
    if (!kube.restored()) {
      // A cluster whose Kubernetes starts new has no recycle to resume (one of its name, destroyed
      // since, may have left one).
      try {
        journal.delete();
      } catch (IOException e) {
        kube.close();
        throw new UncheckedIOException("the earlier recycle's progress cannot be removed", e);
      }
    }
    this.recycleJournal = new RecycleJournal(journal);
  }

  /**
   * What the cluster's saved Kubernetes belongs to: the EKS cluster of that name in the account
   * now, so that a cluster destroyed and built again under the same name starts afresh.
   */
  private static String eksClusterId(SandboxAccount account, String name) {
    return account.inventory(ResourceTags.ownedBy(name)).stream()
        .filter(r -> r.kind() == ResourceKind.EKS_CLUSTER)
        .map(CloudResource::id)
        .findFirst()
        .orElse("");
  }

  /**
   * Starts the cluster's Kubernetes and registers a node for every instance of its node groups.
   *
   * @param account the sandbox account as the app holds it now (it is reopened when the sandbox's
   *     speed changes)
   * @param bootDelay how long a replacement instance takes to join, in real time
   */
  static SandboxClusterRuntime start(
      Path home,
      ClusterSpec spec,
      Supplier<SandboxAccount> account,
      InstanceCatalog catalog,
      Duration bootDelay) {
    SandboxClusterRuntime runtime =
        new SandboxClusterRuntime(home, spec, account, catalog, bootDelay);
    try {
      runtime.followTheAccount();
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
    return runtime;
  }

  /** Whether the account runs instances for the cluster, i.e. there is something to start. */
  static boolean hasNodes(ClusterSpec spec, SandboxAccount account) {
    return !account.nodeGroupInstances(spec.name()).isEmpty();
  }

  /**
   * Makes the nodes those of the account's node group instances now: a saved node whose instance
   * was terminated while no process ran it (a recycle stopped mid-way) leaves, and an instance
   * without a node (its replacement, or a fresh cluster's) joins. aws-node takes the spec's VPC CNI
   * settings first, as the applied vpc-cni add-on would give it.
   */
  void followTheAccount() {
    CniMode groupMode = nodeGroupCniMode();
    kube.configureVpcCni(groupMode == CniMode.VPC_CNI_PREFIX_DELEGATION);
    for (NodeRegistration node : kube.nodes()) {
      if (!runs(node.instanceId())) {
        kube.terminate(node.instanceId());
      }
    }
    List<NodeGroupInstance> instances = account.get().nodeGroupInstances(spec.name());
    Set<String> joined =
        kube.nodes().stream().map(NodeRegistration::instanceId).collect(Collectors.toSet());
    instances.stream()
        .filter(i -> !joined.contains(i.instanceId()))
        .forEach(i -> join(i, groupMode));
  }

  /**
   * The VPC CNI mode the account's vpc-cni add-on is configured with now, as aws-node and a joining
   * node would run it: an apply that enables prefix delegation changes it while this runtime,
   * started with the older spec, still serves the cluster (and moves its pods onto the new nodes).
   * The spec's when the add-on is not there.
   */
  private CniMode nodeGroupCniMode() {
    if (spec.cni() == CniMode.CALICO_OVERLAY) {
      return spec.cni();
    }
    return prefixDelegationConfigured() ? CniMode.VPC_CNI_PREFIX_DELEGATION : CniMode.VPC_CNI;
  }

  private boolean prefixDelegationConfigured() {
    return account
        .get()
        .describe(ResourceKind.EKS_ADDON, spec.name() + "|" + WellKnown.VPC_CNI_ADDON)
        .map(addon -> addon.attribute("configurationValues").replace(" ", ""))
        .filter(values -> !values.isEmpty())
        .map(values -> values.contains("\"" + WellKnown.ENV_PREFIX_DELEGATION + "\":\"true\""))
        .orElse(spec.cni() == CniMode.VPC_CNI_PREFIX_DELEGATION);
  }

  /**
   * Whether the instance still runs (or is still booting): not terminated, not shutting down. One
   * EC2 does not show yet (just launched) counts as running.
   */
  private boolean runs(String instanceId) {
    SandboxAccount cloud = account.get();
    return cloud.createdAt(instanceId).isPresent()
        && cloud
            .describe(ResourceKind.INSTANCE, instanceId)
            .map(r -> r.state() != ResourceState.DELETING && r.state() != ResourceState.DELETED)
            .orElse(true);
  }

  /** The instance boots and joins, with Calico if the cluster runs it by now. */
  private void join(NodeGroupInstance instance, CniMode groupMode) {
    InstanceType type = catalog.require(instance.instanceType());
    CniMode mode = kube.bootCniMode(groupMode);
    int maxPods =
        mode == groupMode
            ? instance.maxPods().orElse(PodCapacity.maxPods(type, mode))
            : PodCapacity.maxPods(type, mode);
    kube.registerNode(
        instance.instanceId(),
        instance.nodeGroup(),
        type,
        instance.zone(),
        kube.subnet(instance.subnetCidr()),
        mode,
        maxPods);
  }

  @Override
  public ClusterSpec spec() {
    return spec;
  }

  @Override
  public ClusterKey key() {
    return ClusterKey.sandbox(spec);
  }

  @Override
  public KubeEndpoint endpoint() {
    return kube.endpoint();
  }

  @Override
  public List<NodeIpView> ipView() {
    return kube.ipView();
  }

  @Override
  public CniSwap openCniSwap() {
    return Fabric8CniSwap.to(
        kube.endpoint(), SandboxClusterRuntime::bundledCalico, SWAP_STEP_TIMEOUT);
  }

  @Override
  public NodeReplacer nodeReplacer() {
    return this::replaceLikeAnAutoScalingGroup;
  }

  @Override
  public RecycleJournal recycleJournal() {
    return recycleJournal;
  }

  @Override
  public RecycleOptions recycleOptions() {
    return new RecycleOptions(
        Duration.ofMinutes(15),
        Duration.ofSeconds(60).plus(bootDelay),
        Duration.ofMillis(200),
        Optional.empty(),
        DrainTimeoutHandler.ABORT);
  }

  /**
   * The account terminates the instance and launches its replacement at once; the replacement's
   * node joins Kubernetes once it has booted.
   */
  private void replaceLikeAnAutoScalingGroup(String instanceId) {
    NodeRegistration old =
        kube.registrationOf(instanceId)
            .orElseThrow(() -> new IllegalArgumentException("no node runs on " + instanceId));
    NodeGroupInstance fresh = account.get().replaceNodeGroupInstance(instanceId);
    kube.terminate(instanceId);
    boots.schedule(
        () -> join(old, fresh.instanceId(), 1), bootDelay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Registers the replacement's node, retrying as a kubelet does when the API server is slow. */
  private void join(NodeRegistration old, String instanceId, int attempt) {
    try {
      kube.registerReplacement(old, instanceId);
    } catch (RuntimeException e) {
      if (attempt >= JOIN_ATTEMPTS || boots.isShutdown()) {
        LOG.warn("replacement {} of {} did not join the cluster", instanceId, old.instanceId(), e);
        return;
      }
      LOG.info(
          "replacement {} retries joining (attempt {}): {}", instanceId, attempt, e.getMessage());
      boots.schedule(() -> join(old, instanceId, attempt + 1), attempt, TimeUnit.SECONDS);
    }
  }

  private static String bundledCalico() throws IOException {
    try (InputStream in = SandboxClusterRuntime.class.getResourceAsStream(CALICO_MANIFEST)) {
      if (in == null) {
        throw new IOException(CALICO_MANIFEST + " is missing from the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    boots.shutdownNow();
    kube.close();
  }
}
