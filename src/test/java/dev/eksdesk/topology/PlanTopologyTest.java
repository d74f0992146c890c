package dev.eksdesk.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTopologyTest {
  private final Topology topology = TopologyFixtures.defaultPlan();

  @Test
  void theDefaultPlanHasEveryElementOfTheNetworkAndTheCluster() {
    assertThat(topology.elements())
        .extracting(Element::id)
        .contains(
            "region",
            "vpc",
            "zone:eu-central-1a",
            "zone:eu-central-1b",
            "subnet:public-a",
            "subnet:public-b",
            "subnet:private-a",
            "subnet:private-b",
            "igw",
            "nat:a",
            "eip:nat-a",
            "rtb:public",
            "rtb:private-a",
            "rtb:private-b",
            "endpoint:s3",
            "bucket",
            "instance:bastion",
            "instance:worker",
            "eks:cluster",
            "eks:nodegroup");
    assertThat(topology.ofKind(ElementKind.PUBLIC_SUBNET)).hasSize(2);
    assertThat(topology.ofKind(ElementKind.PRIVATE_SUBNET)).hasSize(2);
  }

  @Test
  void everyResourceIsPlannedAndOnlyPlacesAreReady() {
    topology
        .elements()
        .forEach(
            e ->
                assertThat(e.state())
                    .as(e.id())
                    .isEqualTo(e.kind().structural() ? ElementState.READY : ElementState.PLANNED));
  }

  @Test
  void elementsSitWhereTheyLiveInAws() {
    assertThat(parent("subnet:public-a")).isEqualTo("zone:eu-central-1a");
    assertThat(parent("subnet:private-b")).isEqualTo("zone:eu-central-1b");
    assertThat(parent("zone:eu-central-1a")).isEqualTo("vpc");
    assertThat(parent("nat:a")).isEqualTo("subnet:public-a");
    assertThat(parent("eip:nat-a")).isEqualTo("nat:a");
    assertThat(parent("instance:bastion")).isEqualTo("subnet:public-a");
    assertThat(parent("instance:worker")).isEqualTo("subnet:private-a");
    assertThat(parent("eks:cluster")).isEqualTo("region");
    assertThat(parent("vpc")).isEqualTo("region");
  }

  @Test
  void detailsCarryTheCidrsZonesTagsAndTheRoutes() {
    Element subnet = topology.element("subnet:private-a").orElseThrow();
    assertThat(subnet.summary()).isEqualTo("10.0.16.0/20");
    assertThat(subnet.details())
        .containsEntry(Details.CIDR, "10.0.16.0/20")
        .containsEntry(Details.ZONE, "eu-central-1a")
        .containsEntry(Details.TAG_PREFIX + "kubernetes.io/role/internal-elb", "1")
        .containsEntry(Details.STEP, "subnet:private-a");
    assertThat(topology.element("vpc").orElseThrow().details())
        .containsEntry(Details.CIDR, "10.0.0.0/16");
    assertThat(topology.element("rtb:public").orElseThrow().details().keySet())
        .contains("Route route:public-internet", "Association assoc:public-a");
  }

  private String parent(String id) {
    return topology.element(id).orElseThrow().parentId();
  }

  @Test
  void nodesGoToThePrivateSubnetHoldingTheirAddressAndPodsToTheirNodes() {
    NodeInfo inB =
        new NodeInfo(
            "n1", "i-1", "t3.micro", "eu-central-1a", "10.0.32.9", "workers", 4, 2, 4, true);
    NodeInfo noAddress =
        new NodeInfo("n2", "i-2", "t3.micro", "eu-central-1b", "", "workers", 4, 0, 0, false);
    Topology withNodes =
        topology
            .withNodes(List.of(inB, noAddress))
            .withPods(
                List.of(
                    new PodInfo(
                        "kube-system", "coredns", "n1", "10.0.32.20", PodStatus.RUNNING, false),
                    new PodInfo("apps", "web", "", "", PodStatus.STARTING, false)));

    assertThat(withNodes.element("node:n1").orElseThrow().parentId()).isEqualTo("subnet:private-b");
    assertThat(withNodes.element("node:n2").orElseThrow().parentId()).isEqualTo("subnet:private-b");
    assertThat(withNodes.element("node:n2").orElseThrow().state()).isEqualTo(ElementState.CREATING);
    assertThat(withNodes.podsOn("node:n1")).extracting(PodInfo::name).containsExactly("coredns");
    assertThat(withNodes.unplacedPods()).isEqualTo(1);
    assertThat(withNodes.withNodes(List.of(noAddress)).element("node:n1")).isEmpty();
  }
}
