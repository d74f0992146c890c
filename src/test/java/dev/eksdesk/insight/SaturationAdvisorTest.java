package dev.eksdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaturationAdvisorTest {
  private final SaturationAdvisor advisor =
      new SaturationAdvisor(InstanceCatalog.bundled(), "eu-central-1");

  /** The seed's story: t3.micro nodes full at 4 pods, replicas waiting for an address. */
  @Test
  void fullMicroNodesGetPrefixDelegationASmallestFitAndCalicoWithItsCaveat() {
    List<NodeAddressUse> nodes =
        List.of(
            new NodeAddressUse("a", "t3.micro", CniMode.VPC_CNI, 4, 4, 2, 0, 2, 10),
            new NodeAddressUse("b", "t3.micro", CniMode.VPC_CNI, 4, 4, 2, 0, 2, 10));

    List<Advice> advice = advisor.advise(nodes, List.of());

    assertThat(advice.get(0).severity()).isEqualTo(Advice.Severity.CRITICAL);
    assertThat(advice.get(0).detail()).contains("20 pods wait for an IP address");
    assertThat(advice)
        .extracting(Advice::title)
        .contains(
            "Prefix delegation: 4 → 34 pods per t3.micro",
            "Calico overlay: 4 → 110 pods per t3.micro")
        .anySatisfy(title -> assertThat(title).startsWith("Smallest fit: "));
    assertThat(advice)
        .filteredOn(a -> a.title().startsWith("Calico"))
        .singleElement()
        .satisfies(a -> assertThat(a.detail()).contains("hostNetwork"));
  }

  @Test
  void nodesWithRoomGetNoAdviceButAFullSubnetAndAWastefulWarmPoolDo() {
    List<NodeAddressUse> roomy =
        List.of(new NodeAddressUse("a", "m5.large", CniMode.VPC_CNI, 29, 5, 3, 27, 27, 0));
    List<SubnetAddressUse> subnets =
        List.of(new SubnetAddressUse("private-a", "10.0.16.0/28", 11, 10));

    List<Advice> advice = advisor.advise(roomy, subnets);

    assertThat(advice)
        .extracting(Advice::title)
        .containsExactly(
            "Subnet private-a has 1 addresses left",
            "27 warm addresses held for pods that do not exist");
  }

  @Test
  void nonNitroTypesAreNotOfferedPrefixDelegation() {
    List<NodeAddressUse> full =
        List.of(new NodeAddressUse("a", "t2.micro", CniMode.VPC_CNI, 4, 4, 2, 0, 2, 1));

    assertThat(advisor.advise(full, List.of()))
        .extracting(Advice::title)
        .noneMatch(title -> title.startsWith("Prefix delegation"));
  }
}
