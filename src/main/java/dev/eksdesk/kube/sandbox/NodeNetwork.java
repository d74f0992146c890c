package dev.eksdesk.kube.sandbox;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.kube.NodeIpView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The network side of one node: which CNI configurations its agents installed, and the IPAM of
 * each. The controller thread uses it; termination releases it from another thread.
 */
final class NodeNetwork {
  private final NodeRegistration node;
  private final Set<CniPlugin> installed =
      new TreeSet<>(Comparator.comparing((CniPlugin p) -> p.configFile));
  private final CalicoIpam calico;
  private VpcCniIpam vpc;

  NodeNetwork(NodeRegistration node, CalicoPool calicoPool) {
    this.node = node;
    this.calico = new CalicoIpam(node.name(), calicoPool);
  }

  /**
   * A node the sandbox saved, as it was: the plugins its agents installed, its ENIs and blocks, the
   * address of each pod. Its addresses are taken again from {@code subnet} and the Calico pool.
   */
  static NodeNetwork restore(
      SavedNetwork saved, NodeRegistration node, SubnetAddressPool subnet, CalicoPool calicoPool) {
    NodeNetwork network = new NodeNetwork(node, calicoPool);
    network.installed.addAll(saved.plugins());
    subnet.reserveAddress(node.privateIp());
    if (saved.plugins().contains(CniPlugin.AWS_VPC_CNI)) {
      network.vpc =
          new VpcCniIpam(
              node,
              node.cniMode() == CniMode.VPC_CNI_PREFIX_DELEGATION,
              saved.enis(),
              saved.vpcAddressByPod());
      network.vpc.reserveIn(subnet);
    }
    network.calico.restore(saved.calicoBlocks(), saved.calicoAddressByPod());
    return network;
  }

  synchronized SavedNetwork saved() {
    return new SavedNetwork(
        node.name(),
        node.instanceId(),
        node.instanceType().name(),
        node.zone(),
        node.nodeGroup(),
        node.privateIp(),
        node.cniMode(),
        node.maxPods(),
        node.subnet().cidr().toString(),
        List.copyOf(installed),
        vpc == null ? List.of() : vpc.saved(),
        vpc == null ? Map.of() : vpc.addressByPod(),
        calico.blocks(),
        calico.addressByPod());
  }

  synchronized NodeRegistration registration() {
    return node;
  }

  /** An agent pod started on the node and wrote its CNI configuration. */
  synchronized void agentStarted(CniPlugin plugin) {
    if (installed.add(plugin) && plugin == CniPlugin.AWS_VPC_CNI) {
      vpc = new VpcCniIpam(node, node.cniMode() == CniMode.VPC_CNI_PREFIX_DELEGATION);
    }
  }

  synchronized Optional<CniPlugin> activePlugin() {
    return installed.stream().findFirst();
  }

  /**
   * What the kubelet gets when it asks the CNI for the pod's network.
   *
   * @param runningAgents agent plugins whose pod runs on this node right now
   */
  synchronized SandboxSetup setUp(String podUid, Set<CniPlugin> runningAgents) {
    Optional<CniPlugin> active = activePlugin();
    if (active.isEmpty()) {
      return new SandboxSetup.Failed(CniMessages.NO_CNI_CONFIG);
    }
    CniPlugin plugin = active.get();
    if (!runningAgents.contains(plugin)) {
      return new SandboxSetup.Failed(CniMessages.agentDown(plugin, podUid));
    }
    Optional<String> address =
        plugin == CniPlugin.AWS_VPC_CNI ? vpc.assign(podUid) : calico.assign(podUid);
    return address
        .<SandboxSetup>map(SandboxSetup.Attached::new)
        .orElseGet(() -> new SandboxSetup.Failed(CniMessages.noAddress(plugin, podUid)));
  }

  synchronized void releaseUnless(Set<String> livePodUids) {
    if (vpc != null) {
      vpc.releaseUnless(livePodUids);
    }
    calico.releaseUnless(livePodUids);
  }

  /** The instance is gone: its ENI addresses go back to the subnet. */
  synchronized void releaseAll() {
    if (vpc != null) {
      vpc.releaseAll();
    }
  }

  synchronized NodeIpView view(int podsRunning, List<String> podsWaitingForAddress) {
    Optional<CniPlugin> active = activePlugin();
    int capacity =
        active.map(p -> p == CniPlugin.AWS_VPC_CNI ? vpc.capacity() : node.maxPods()).orElse(0);
    return new NodeIpView(
        node.name(),
        node.instanceType().name(),
        node.maxPods(),
        active.map(p -> p.displayName),
        capacity,
        vpc == null ? List.of() : vpc.view(),
        calico.blocks(),
        calico.addressesInUse(),
        podsRunning,
        podsWaitingForAddress);
  }
}
