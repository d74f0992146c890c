package dev.eksdesk.kube.sandbox;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.kube.Conflicts;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.Nodes;
import dev.eksdesk.kube.StateStore;
import dev.eksdesk.kube.WellKnown;
import dev.eksdesk.kube.recycle.NodeReplacer;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sandbox account's Kubernetes: an in-process API server on loopback with the system workloads
 * of a new EKS cluster, and a controller that plays kubelet, scheduler and CNI. Talk to it through
 * {@link #endpoint()} with the same code as a real cluster.
 */
public final class SandboxKube implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String region;
  private final Clock clock;
  private final SandboxApiServer api;
  private final KubernetesClient client;
  private final CalicoPool calicoPool;
  private final Map<String, NodeNetwork> networks = new ConcurrentHashMap<>();

  /** The subnets' address pools by CIDR, shared by the nodes (and their replacements) in each. */
  private final Map<String, SubnetAddressPool> subnets = new ConcurrentHashMap<>();

  private final SandboxController controller;
  private final KubeStateSaver saver;
  private volatile boolean restored;

  private SandboxKube(
      String region, Clock clock, StateStore store, String owner, ServiceLoadBalancers balancers) {
    this.region = region;
    this.clock = clock;
    this.api = new SandboxApiServer();
    this.client = KubeClients.connect(api.endpoint());
    this.calicoPool = new CalicoPool(Ipv4Cidr.parse(WellKnown.CALICO_DEFAULT_POOL));
    this.saver =
        new KubeStateSaver(
            store,
            () ->
                new SavedCluster(
                    SavedCluster.FORMAT,
                    owner,
                    api.savedObjects(),
                    networks.values().stream().map(NodeNetwork::saved).toList()));
    this.controller = new SandboxController(client, networks, clock, balancers, saver::request);
  }

  /**
   * Starts the API server and the controller, with EKS's system workloads and no nodes, in memory
   * only.
   */
  public static SandboxKube start(String region) {
    SandboxKube kube =
        new SandboxKube(region, Clock.systemUTC(), StateStore.NONE, "", ServiceLoadBalancers.NONE);
    SystemWorkloads.install(kube.client);
    kube.controller.start();
    return kube;
  }

  /**
   * Starts the cluster's Kubernetes as it was last saved in {@code store} for {@code owner}, or new
   * (EKS's system workloads, no nodes) when nothing was saved for it; from then on every change is
   * saved there, a moment after it settles, and once more on {@link #close()}.
   *
   * @param owner what the cluster belongs to (the EKS cluster's id): a state saved for another
   *     owner (a cluster of the same name, destroyed since) is not restored
   * @param types instance types by name, for the restored nodes
   * @param balancers where LoadBalancer Services get their load balancers
   * @throws IllegalStateException saying why, when the saved state cannot be read
   */
  public static SandboxKube start(
      String region,
      StateStore store,
      String owner,
      Function<String, InstanceType> types,
      ServiceLoadBalancers balancers) {
    Optional<SavedCluster> saved = load(store).filter(s -> s.owner().equals(owner));
    SandboxKube kube = new SandboxKube(region, Clock.systemUTC(), store, owner, balancers);
    try {
      if (saved.isPresent()) {
        kube.restore(saved.get(), types);
        kube.restored = true;
      } else {
        SystemWorkloads.install(kube.client);
      }
      kube.controller.start();
    } catch (RuntimeException e) {
      kube.close();
      throw e;
    }
    return kube;
  }

  private static Optional<SavedCluster> load(StateStore store) {
    try {
      return store.load().map(SavedCluster::parse);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "the cluster's saved Kubernetes state cannot be read: " + e.getMessage(), e);
    }
  }

  private void restore(SavedCluster saved, Function<String, InstanceType> types) {
    api.restore(saved.objects());
    for (SavedNetwork node : saved.nodes()) {
      SubnetAddressPool subnet = subnet(node.subnetCidr());
      NodeRegistration registration =
          new NodeRegistration(
              node.name(),
              node.instanceId(),
              types.apply(node.instanceType()),
              node.zone(),
              node.nodeGroup(),
              node.privateIp(),
              node.cniMode(),
              node.maxPods(),
              subnet);
      networks.put(node.name(), NodeNetwork.restore(node, registration, subnet, calicoPool));
    }
  }

  /** Whether the cluster came back as it was saved; false when it started new. */
  public boolean restored() {
    return restored;
  }

  /** The address pool of the subnet with this CIDR, the same one for every node in it. */
  public SubnetAddressPool subnet(String cidr) {
    return subnets.computeIfAbsent(cidr, SubnetAddressPool::of);
  }

  /** The nodes the sandbox runs, by the instance behind each. */
  public List<NodeRegistration> nodes() {
    return networks.values().stream().map(NodeNetwork::registration).toList();
  }

  public KubeEndpoint endpoint() {
    return api.endpoint();
  }

  /** Calico's pool in this cluster, the CIDR overlay pod addresses come from. */
  public String calicoPoolCidr() {
    return calicoPool.cidr().toString();
  }

  /**
   * An instance of the node group boots and joins: its address comes from the subnet, and its name
   * and instance id are made up the way EC2 makes them.
   */
  public NodeRegistration registerNode(
      String nodeGroup,
      InstanceType type,
      String zone,
      SubnetAddresses subnet,
      CniMode cniMode,
      int maxPods) {
    return registerNode(newInstanceId(), nodeGroup, type, zone, subnet, cniMode, maxPods);
  }

  /** An instance id made up the way EC2 makes them. */
  static String newInstanceId() {
    return "i-" + HexFormat.of().formatHex(RANDOM.generateSeed(9)).substring(0, 17);
  }

  /** As above, for an instance whose id the cloud side already gave it. */
  public NodeRegistration registerNode(
      String instanceId,
      String nodeGroup,
      InstanceType type,
      String zone,
      SubnetAddresses subnet,
      CniMode cniMode,
      int maxPods) {
    String ip =
        subnet
            .allocateAddress()
            .orElseThrow(() -> new IllegalStateException("the node's subnet has no free address"));
    NodeRegistration registration =
        new NodeRegistration(
            NodeRegistration.nodeNameFor(ip, region),
            instanceId,
            type,
            zone,
            nodeGroup,
            ip,
            cniMode,
            maxPods,
            subnet);
    registerNode(registration);
    return registration;
  }

  /**
   * The replacement of a terminated node joins, in its node group, zone and subnet. It boots with
   * the CNI the cluster runs now: once Calico's DaemonSet exists, it gets the overlay's max pods,
   * as the updated launch template would give it.
   */
  public NodeRegistration registerReplacement(NodeRegistration old, String instanceId) {
    CniMode mode = bootCniMode(old.cniMode());
    int maxPods =
        mode == old.cniMode() ? old.maxPods() : PodCapacity.maxPods(old.instanceType(), mode);
    return registerNode(
        instanceId, old.nodeGroup(), old.instanceType(), old.zone(), old.subnet(), mode, maxPods);
  }

  /** Creates a Ready node as its kubelet would, then lets the controller run pods on it. */
  public void registerNode(NodeRegistration registration) {
    networks.put(registration.name(), new NodeNetwork(registration, calicoPool));
    String now = DateTimeFormatter.ISO_INSTANT.format(clock.instant());
    InstanceType type = registration.instanceType();
    Supplier<IllegalStateException> unknown =
        () ->
            new IllegalStateException(
                "the Sandbox cannot run "
                    + type.name()
                    + " nodes: its vCPUs and memory are unknown offline; pick another type");
    Map<String, Quantity> resources =
        Map.of(
            "cpu", new Quantity(String.valueOf(type.vcpus().orElseThrow(unknown))),
            "memory", new Quantity(type.memoryMiB().orElseThrow(unknown) + "Mi"),
            "pods", new Quantity(String.valueOf(registration.maxPods())));
    Node node =
        new NodeBuilder()
            .withNewMetadata()
            .withName(registration.name())
            .withLabels(
                Map.of(
                    WellKnown.LABEL_INSTANCE_TYPE,
                    registration.instanceType().name(),
                    WellKnown.LABEL_ZONE,
                    registration.zone(),
                    WellKnown.LABEL_NODEGROUP,
                    registration.nodeGroup(),
                    WellKnown.LABEL_HOSTNAME,
                    registration.name(),
                    "kubernetes.io/os",
                    "linux"))
            .endMetadata()
            .withNewSpec()
            .withProviderID(registration.providerId())
            .endSpec()
            .withNewStatus()
            .withCapacity(resources)
            .withAllocatable(resources)
            .addNewCondition()
            .withType("Ready")
            .withStatus("True")
            .withReason("KubeletReady")
            .withMessage("kubelet is posting ready status")
            .withLastTransitionTime(now)
            .endCondition()
            .addNewAddress()
            .withType("InternalIP")
            .withAddress(registration.privateIp())
            .endAddress()
            .addNewAddress()
            .withType("Hostname")
            .withAddress(registration.name())
            .endAddress()
            .endStatus()
            .build();
    Node created = client.nodes().resource(node).create();
    if (created.getStatus() == null || Nodes.maxPods(created) == 0) {
      created.setStatus(node.getStatus());
      client.nodes().resource(created).updateStatus();
    }
  }

  /**
   * The instance is terminated: its node object goes (as the cloud controller deletes it), its ENI
   * addresses return to the subnet and its Calico blocks to the pool.
   */
  public void terminate(String instanceId) {
    NodeRegistration registration =
        registrationOf(instanceId)
            .orElseThrow(() -> new IllegalArgumentException("no sandbox instance " + instanceId));
    client.nodes().withName(registration.name()).delete();
    NodeNetwork network = networks.remove(registration.name());
    network.releaseAll();
    calicoPool.releaseNode(registration.name());
  }

  public Optional<NodeRegistration> registrationOf(String instanceId) {
    return networks.values().stream()
        .map(NodeNetwork::registration)
        .filter(r -> r.instanceId().equals(instanceId))
        .findFirst();
  }

  /** Every node's ENIs, addresses, warm pool and stuck pods, as of the controller's last pass. */
  public List<NodeIpView> ipView() {
    return controller.ipView();
  }

  /**
   * Replaces terminated instances the way an Auto Scaling group does, after {@code bootDelay} (see
   * {@link #registerReplacement}).
   */
  public NodeReplacer nodeReplacer(Duration bootDelay) {
    return new SandboxNodeReplacer(this, bootDelay);
  }

  /**
   * What EKS does when the vpc-cni add-on's configuration changes: aws-node's environment follows
   * it. Its pods already running keep theirs (the sandbox does not roll DaemonSets); nodes that
   * boot from now on run the new one. Nothing happens once aws-node is gone (Calico).
   */
  public void configureVpcCni(boolean prefixDelegation) {
    var awsNode =
        client.apps().daemonSets().inNamespace(WellKnown.KUBE_SYSTEM).withName(WellKnown.AWS_NODE);
    var env = SystemWorkloads.awsNodeEnv(prefixDelegation);
    // its controller writes the DaemonSet's status meanwhile
    Conflicts.retried(
        () -> {
          var daemonSet = awsNode.get();
          if (daemonSet == null) {
            return;
          }
          var container = daemonSet.getSpec().getTemplate().getSpec().getContainers().get(0);
          if (!env.equals(container.getEnv())) {
            container.setEnv(env);
            client
                .apps()
                .daemonSets()
                .inNamespace(WellKnown.KUBE_SYSTEM)
                .resource(daemonSet)
                .update();
          }
        });
  }

  /**
   * The CNI a node booting now runs: Calico once its DaemonSet is installed (as the updated launch
   * template would make it), else the node group's own.
   */
  public CniMode bootCniMode(CniMode nodeGroupMode) {
    return runsCalico() ? CniMode.CALICO_OVERLAY : nodeGroupMode;
  }

  private boolean runsCalico() {
    return client
            .apps()
            .daemonSets()
            .inNamespace(WellKnown.KUBE_SYSTEM)
            .withName(WellKnown.CALICO_NODE)
            .get()
        != null;
  }

  @Override
  public void close() {
    controller.close();
    saver.close();
    client.close();
    api.close();
  }
}
