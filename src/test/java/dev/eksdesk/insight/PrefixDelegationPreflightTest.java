package dev.eksdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SubnetKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixDelegationPreflightTest {
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();
  private static final ClusterSpec SPEC = DefaultSpecs.forName("demo");

  @Test
  void t3MicroGoesFrom4To34PodsAndEachSubnetSaysHowManyNodesFit() {
    var result = PrefixDelegationPreflight.check(SPEC, CATALOG.require("t3.micro"), List.of());

    assertThat(result.canProceed()).isTrue();
    assertThat(result.maxPodsBefore()).isEqualTo(4);
    assertThat(result.maxPodsAfter()).isEqualTo(34);
    String privateA = privateCidr(0);
    long blocks = Ipv4Cidr.parse(privateA).size() / 16 - 2;
    assertThat(result.lines())
        .contains("t3.micro nodes: max pods 4 -> 34 (new nodes replace the old ones)")
        .contains(
            "private-a "
                + privateA
                + ": "
                + blocks
                + " free /28 blocks, 2 per node: room for "
                + blocks / 2
                + " nodes (1 at desired size, 2 at max)");
  }

  @Test
  void addressesScatteredOverEveryBlockLeaveNoPrefixAndRefuse() {
    Ipv4Cidr subnet = Ipv4Cidr.parse(privateCidr(0));
    List<String> scattered = new ArrayList<>();
    for (long a = subnet.network(); a < subnet.lastAddress(); a += 16) {
      scattered.add(Ipv4Cidr.formatAddress(a + 7) + "/32");
    }

    var result = PrefixDelegationPreflight.check(SPEC, CATALOG.require("t3.micro"), scattered);

    assertThat(result.canProceed()).isFalse();
    assertThat(result.subnets().get(0).freeBlocks()).isZero();
    assertThat(result.problems())
        .containsExactly(
            "private-a has room for 0 nodes' prefixes but the group runs 1 there; free addresses"
                + " in it or use a larger private subnet");
  }

  @Test
  void aHeldPrefixTakesItsBlockAndTheReservedAddressesTakeTheFirstAndLast() {
    Ipv4Cidr subnet = Ipv4Cidr.parse("10.0.1.0/26");

    assertThat(PrefixDelegationPreflight.freeBlocks(subnet, List.of())).isEqualTo(2);
    assertThat(
            PrefixDelegationPreflight.freeBlocks(
                subnet, List.of(Ipv4Cidr.parse("10.0.1.16/28"), Ipv4Cidr.parse("10.9.0.0/28"))))
        .isEqualTo(1);
  }

  @Test
  void aTypeThatIsNotNitroOrACalicoClusterIsRefusedSayingWhy() {
    var xen = PrefixDelegationPreflight.check(SPEC, CATALOG.require("t2.micro"), List.of());
    assertThat(xen.canProceed()).isFalse();
    assertThat(xen.problems()).singleElement().asString().contains("t2.micro is not a Nitro type");

    var calico =
        PrefixDelegationPreflight.check(
            SPEC.withCni(CniMode.CALICO_OVERLAY), CATALOG.require("t3.micro"), List.of());
    assertThat(calico.problems()).singleElement().asString().contains("runs Calico");
  }

  private static String privateCidr(int index) {
    return SPEC.network().subnets(SubnetKind.PRIVATE).get(index).cidr();
  }
}
