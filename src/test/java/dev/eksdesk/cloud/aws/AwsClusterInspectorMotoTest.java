package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.DiscoveredCluster;
import dev.eksdesk.cloud.FailureKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;

/** A cluster built with plain SDK calls, as another tool would have built it, then inspected. */
class AwsClusterInspectorMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private AwsClients clients;
  private AwsClusterInspector inspector;

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    clients = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter());
    inspector = new AwsClusterInspector(clients, new AccountChoice.Environment());
  }

  @AfterEach
  void tearDown() {
    clients.close();
  }

  @Test
  void discoversTheNetworkNodeGroupsInstancesAndTheirInterfaces() {
    MotoForeignCluster built = MotoForeignCluster.build(clients, "shop");
    MotoForeignCluster.build(clients, "other");

    assertThat(inspector.clusters())
        .extracting(CloudResource::id)
        .containsExactlyInAnyOrder("shop", "other");

    DiscoveredCluster shop = inspector.discover("shop");

    assertThat(shop.vpc().id()).isEqualTo(built.vpcId());
    assertThat(shop.vpc().attribute("cidr")).isEqualTo("10.20.0.0/16");
    assertThat(shop.subnets())
        .extracting(s -> s.attribute("cidr"))
        .containsExactlyInAnyOrder("10.20.0.0/24", "10.20.16.0/20");
    assertThat(shop.internetGateways())
        .extracting(CloudResource::id)
        .containsExactly(built.igwId());
    assertThat(shop.natGateways())
        .singleElement()
        .satisfies(nat -> assertThat(nat.attribute("subnetId")).isEqualTo(built.publicSubnet()));
    assertThat(shop.routes())
        .filteredOn(r -> r.id().endsWith("|0.0.0.0/0"))
        .extracting(r -> r.attribute("targetId"))
        .containsExactlyInAnyOrder(built.igwId(), built.natId());
    assertThat(shop.routeTableAssociations())
        .extracting(a -> a.attribute("subnetId"))
        .contains(built.publicSubnet(), built.privateSubnet());
    assertThat(shop.nodeGroups())
        .singleElement()
        .satisfies(g -> assertThat(g.id()).isEqualTo("shop/workers"));
    assertThat(shop.instances())
        .extracting(CloudResource::id)
        .containsExactlyInAnyOrderElementsOf(built.nodes());
    for (String node : built.nodes()) {
      assertThat(shop.interfacesOf(node))
          .singleElement()
          .satisfies(eni -> assertThat(eni.attribute("subnetId")).isEqualTo(built.privateSubnet()));
    }
    assertThat(shop.instances())
        .allSatisfy(i -> assertThat(i.tag("eks:nodegroup-name")).isEqualTo("workers"));
  }

  @Test
  void anUnknownClusterIsNotFound() {
    CloudException e = catchThrowableOfType(CloudException.class, () -> inspector.discover("nope"));

    assertThat(e.kind()).isEqualTo(FailureKind.NOT_FOUND);
    assertThat(e.getMessage()).contains("Inspect EKS cluster nope");
  }
}
