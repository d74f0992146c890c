package dev.eksdesk.topology;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/** The default spec's plan as a topology, and a large cluster for scale tests. */
public final class TopologyFixtures {
  public static final ClusterSpec SPEC = DefaultSpecs.firstCluster();
  public static final Plan PLAN =
      new ClusterPlanner(InstanceCatalog.bundled()).plan(SPEC, "203.0.113.10/32");

  private TopologyFixtures() {}

  public static Topology defaultPlan() {
    return PlanTopology.build(PLAN, SPEC);
  }

  /** The default plan with {@code nodeCount} nodes across the private subnets and pods on them. */
  public static Topology withNodes(int nodeCount, int podCount, int maxPods) {
    Topology planned = defaultPlan();
    List<Element> subnets = planned.ofKind(ElementKind.PRIVATE_SUBNET);
    List<NodeInfo> nodes = new ArrayList<>();
    for (int i = 0; i < nodeCount; i++) {
      Element subnet = subnets.get(i % subnets.size());
      Ipv4Cidr block = Ipv4Cidr.parse(subnet.details().get(Details.CIDR));
      String ip = Ipv4Cidr.formatAddress(block.network() + 10 + i);
      String zone = subnet.details().get(Details.ZONE);
      int pods = podCount / Math.max(1, nodeCount);
      nodes.add(
          new NodeInfo(
              "ip-" + ip.replace('.', '-') + ".eu-central-1.compute.internal",
              "i-" + String.format("%017x", i),
              "m5.large",
              zone,
              ip,
              "workers",
              maxPods,
              pods,
              maxPods + 1,
              i % 17 != 5));
    }
    List<PodInfo> pods = new ArrayList<>();
    for (int i = 0; i < podCount; i++) {
      NodeInfo node = nodes.get(i % nodeCount);
      PodStatus status =
          i % 41 == 0 ? PodStatus.FAILED : i % 13 == 0 ? PodStatus.STARTING : PodStatus.RUNNING;
      pods.add(new PodInfo("apps", "pod-" + i, node.name(), "", status, false));
    }
    return planned.withNodes(nodes).withPods(pods);
  }
}
