package dev.eksdesk.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopologyLayouterTest {

  @Test
  void subnetsSitInsideTheirZoneAndVpcWithPublicAbovePrivate() {
    Topology topology = TopologyFixtures.defaultPlan();
    TopologyLayout layout = TopologyLayouter.layout(topology);

    for (Element subnet : subnets(topology)) {
      assertThat(box(layout, subnet.parentId()).contains(box(layout, subnet.id())))
          .as(subnet.id() + " in its zone")
          .isTrue();
      assertThat(box(layout, "vpc").contains(box(layout, subnet.id()))).isTrue();
    }
    assertThat(box(layout, "subnet:public-a").maxY())
        .isLessThan(box(layout, "subnet:private-a").y());
    assertThat(box(layout, "subnet:public-a").y()).isEqualTo(box(layout, "subnet:public-b").y());
    assertThat(box(layout, "zone:eu-central-1a").maxX())
        .isLessThan(box(layout, "zone:eu-central-1b").x());
  }

  @Test
  void gatewaysSitOnTheVpcTopEdgeAndTheControlPlaneOutsideTheVpc() {
    TopologyLayout layout = TopologyLayouter.layout(TopologyFixtures.defaultPlan());
    Box vpc = box(layout, "vpc");
    for (String edge : List.of("igw", "endpoint:s3")) {
      Box box = box(layout, edge);
      assertThat(box.y()).isLessThan(vpc.y());
      assertThat(box.maxY()).isGreaterThan(vpc.y());
      assertThat(box.x()).isBetween(vpc.x(), vpc.maxX() - box.width());
    }
    assertThat(box(layout, "eks:cluster").overlaps(vpc)).isFalse();
    assertThat(box(layout, "region").contains(box(layout, "eks:cluster"))).isTrue();
    assertThat(box(layout, "nat:a").contains(box(layout, "eip:nat-a"))).isTrue();
    assertThat(box(layout, "subnet:public-a").contains(box(layout, "nat:a"))).isTrue();
  }

  @Test
  void nodesAndTheirPodGridsSitInsidePrivateSubnetsWithoutOverlaps() {
    Topology topology = TopologyFixtures.withNodes(200, 6000, 35);
    TopologyLayout layout = TopologyLayouter.layout(topology);

    List<Element> nodes = topology.ofKind(ElementKind.NODE);
    assertThat(nodes).hasSize(200);
    for (Element node : nodes) {
      assertThat(topology.element(node.parentId()).orElseThrow().kind())
          .isEqualTo(ElementKind.PRIVATE_SUBNET);
      Box card = box(layout, node.id());
      assertThat(box(layout, node.parentId()).contains(card)).as(node.id()).isTrue();
      assertThat(card.contains(layout.podGrids().get(node.id()).bounds())).isTrue();
      assertThat(layout.podGrids().get(node.id()).slots()).isEqualTo(35);
    }
    assertNoSiblingsOverlap(topology, layout);
  }

  @Test
  void theDefaultPlanHasNoOverlapsEitherAndEveryElementIsPlaced() {
    Topology topology = TopologyFixtures.defaultPlan();
    TopologyLayout layout = TopologyLayouter.layout(topology);
    assertThat(layout.drawingOrder()).hasSize(topology.elements().size());
    assertNoSiblingsOverlap(topology, layout);
  }

  @Test
  void hitTestingFindsTheInnermostElementAndPodMarks() {
    Topology topology = TopologyFixtures.withNodes(4, 40, 20);
    TopologyLayout layout = TopologyLayouter.layout(topology);
    Box eip = box(layout, "eip:nat-a");
    assertThat(layout.elementAt(eip.x() + 2, eip.y() + 2)).contains("eip:nat-a");

    String node = topology.ofKind(ElementKind.NODE).get(0).id();
    PodGrid grid = layout.podGrids().get(node);
    assertThat(layout.podAt(grid.markX(3) + 1, grid.markY(3) + 1))
        .contains(new TopologyLayout.PodSlot(node, 3));
    assertThat(layout.podAt(grid.markX(3) + grid.markSize() + 1, grid.markY(3))).isEmpty();
  }

  private static void assertNoSiblingsOverlap(Topology topology, TopologyLayout layout) {
    Map<String, List<Element>> byParent =
        topology.elements().stream().collect(Collectors.groupingBy(Element::parentId));
    byParent.forEach(
        (parent, siblings) -> {
          for (int i = 0; i < siblings.size(); i++) {
            for (int j = i + 1; j < siblings.size(); j++) {
              Box a = box(layout, siblings.get(i).id());
              Box b = box(layout, siblings.get(j).id());
              assertThat(a.overlaps(b))
                  .as(siblings.get(i).id() + " and " + siblings.get(j).id())
                  .isFalse();
            }
          }
        });
  }

  private static List<Element> subnets(Topology topology) {
    return topology.elements().stream().filter(e -> e.kind().subnet()).toList();
  }

  private static Box box(TopologyLayout layout, String id) {
    return layout.box(id).orElseThrow(() -> new AssertionError("no box for " + id));
  }
}
