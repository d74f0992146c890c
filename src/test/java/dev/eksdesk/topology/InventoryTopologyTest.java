package dev.eksdesk.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.TagQuery;
import dev.eksdesk.engine.SandboxWorld;
import dev.eksdesk.engine.exec.RunOutcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster the sandbox built, read back from the account as the inspect mode does. */
class InventoryTopologyTest {
  private static List<CloudResource> inventory;

  @BeforeAll
  static void buildTheDefaultClusterInTheSandbox(@TempDir Path home) throws Exception {
    SandboxWorld world = new SandboxWorld(home);
    assertThat(world.apply().outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    // The whole account: the sandbox tags node instances only with eks:cluster-name, which
    // ResourceTags.ownedBy does not match (AWS adds kubernetes.io/cluster/<name>=owned).
    inventory = world.account.inventory(TagQuery.all());
  }

  @Test
  void anExistingClusterIsDrawnFromTheInventoryAlone() {
    Topology topology = InventoryTopology.build("pw-cluster", "eu-central-1", inventory);

    assertThat(topology.ofKind(ElementKind.PUBLIC_SUBNET))
        .extracting(Element::summary)
        .containsExactlyInAnyOrder("10.0.0.0/24", "10.0.1.0/24");
    assertThat(topology.ofKind(ElementKind.PRIVATE_SUBNET)).hasSize(2);
    assertThat(topology.ofKind(ElementKind.ZONE)).hasSize(2);
    assertThat(topology.element("nat:a").orElseThrow().parentId()).isEqualTo("subnet:public-a");
    assertThat(topology.element("eip:nat-a").orElseThrow().summary()).startsWith("198.51.100.");
    assertThat(topology.ofKind(ElementKind.BASTION)).hasSize(1);
    assertThat(topology.ofKind(ElementKind.WORKER)).hasSize(1);
    assertThat(topology.ofKind(ElementKind.CONTROL_PLANE)).hasSize(1);
    assertThat(topology.ofKind(ElementKind.NODE)).hasSize(2);
    topology
        .ofKind(ElementKind.NODE)
        .forEach(
            n ->
                assertThat(topology.element(n.parentId()).orElseThrow().kind())
                    .isEqualTo(ElementKind.PRIVATE_SUBNET));
    topology.elements().stream()
        .filter(e -> !e.kind().structural())
        .forEach(e -> assertThat(e.state()).as(e.id()).isEqualTo(ElementState.READY));
    assertThat(TopologyLayouter.layout(topology).drawingOrder())
        .hasSize(topology.elements().size());
  }

  @Test
  void mergingTheInventoryIntoThePlanFillsInIdsAndAddresses() {
    Topology merged = InventoryTopology.merge(TopologyFixtures.defaultPlan(), inventory);

    Element subnet = merged.element("subnet:private-a").orElseThrow();
    assertThat(subnet.state()).isEqualTo(ElementState.READY);
    assertThat(subnet.details().get(Details.ID)).startsWith("subnet-");
    assertThat(subnet.details()).containsKey("Free addresses");
    assertThat(merged.element("eip:nat-a").orElseThrow().details()).containsKey(Details.PUBLIC_IP);
    assertThat(InventoryTopology.nodesFromInstances(inventory))
        .hasSize(2)
        .allSatisfy(n -> assertThat(n.internalIp()).startsWith("10.0."));
  }
}
