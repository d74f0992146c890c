package dev.eksdesk.domain.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SpecValidatorTest {
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();
  private final SpecValidator validator = new SpecValidator(CATALOG);
  private final ClusterSpec seed = DefaultSpecs.firstCluster();

  @Test
  void theDefaultSpecHasNoErrorsButWarnsAboutTheFourPodMicro() {
    List<SpecProblem> problems = validator.validate(seed);
    assertThat(SpecValidator.hasErrors(problems)).as(problems.toString()).isFalse();
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("holds only 4 pods"));
  }

  @Test
  void badNodeLabelsAndTaintsAreNamedWithWhatToWrite() {
    ClusterSpec spec =
        seed.withNodeGroup(
            seed.nodeGroup()
                .withLabelsAndTaints(
                    java.util.Map.of("team", "data science", "-bad", "x"),
                    List.of("dedicated=gpu:NoSchedule", "dedicated=gpu", "x:Sometimes")));

    List<SpecProblem> problems = validator.validate(spec);

    assertThat(problems)
        .extracting(SpecProblem::path)
        .contains(
            "nodeGroup.labels",
            "nodeGroup.labels.team",
            "nodeGroup.taints[1]",
            "nodeGroup.taints[2]")
        .doesNotContain("nodeGroup.taints[0]");
    assertThat(messages(problems))
        .anyMatch(m -> m.contains("'dedicated=gpu' is not a taint; write key=value:Effect"))
        .anyMatch(m -> m.contains("NoSchedule, PreferNoSchedule, NoExecute"))
        .anyMatch(m -> m.contains("'data science' is not a label value"));
  }

  @Test
  void overlappingSubnetsAreNamed() {
    List<SpecProblem> problems =
        validator.validate(
            withSubnet(1, s -> new SubnetSpec(s.name(), s.zone(), s.kind(), "10.0.0.128/25")));
    assertThat(messages(problems)).anyMatch(m -> m.contains("overlaps public-a (10.0.0.0/24)"));
  }

  @Test
  void aSubnetOutsideTheVpcIsRefused() {
    List<SpecProblem> problems =
        validator.validate(
            withSubnet(0, s -> new SubnetSpec(s.name(), s.zone(), s.kind(), "10.1.0.0/24")));
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.path()).isEqualTo("network.subnets[0].cidr");
              assertThat(p.message()).contains("outside the VPC 10.0.0.0/16");
            });
  }

  @Test
  void aSubnetSmallerThanSlash28IsRefused() {
    List<SpecProblem> problems =
        validator.validate(
            withSubnet(0, s -> new SubnetSpec(s.name(), s.zone(), s.kind(), "10.0.0.0/29")));
    assertThat(messages(problems))
        .anyMatch(m -> m.contains("too small") && m.contains("11 usable"));
  }

  @Test
  void aMalformedCidrIsReportedAtItsField() {
    List<SpecProblem> problems =
        validator.validate(
            withSubnet(2, s -> new SubnetSpec(s.name(), s.zone(), s.kind(), "10.0.300.0/20")));
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.path()).isEqualTo("network.subnets[2].cidr");
              assertThat(p.message()).contains("300 is larger than 255");
            });
  }

  @Test
  void eksNeedsTwoZones() {
    NetworkSpec n = seed.network();
    ClusterSpec oneZone =
        seed.withNetwork(
            new NetworkSpec(
                n.vpcCidr(),
                List.of("eu-central-1a"),
                n.subnets().stream().filter(s -> s.zone().equals("eu-central-1a")).toList(),
                n.natMode(),
                n.bastion(),
                n.worker(),
                n.storage(),
                n.cloudTrail()));
    assertThat(messages(validator.validate(oneZone)))
        .anyMatch(m -> m.contains("at least two availability zones"));
  }

  @Test
  void privateSubnetsMustHoldThePodAddressesAtMaxScale() {
    ClusterSpec tight =
        withSubnet(2, s -> new SubnetSpec(s.name(), s.zone(), s.kind(), "10.0.16.0/28"))
            .withNodeGroup(resize(seed.nodeGroup(), 6));
    // 3 t3.micro nodes in the zone take 3 × 4 addresses under the VPC CNI; a /28 has 11
    assertThat(messages(validator.validate(tight)))
        .anyMatch(
            m ->
                m.contains(
                    "private-a has 11 usable addresses but 3 t3.micro nodes at max size take up to 12"));
    assertThat(messages(validator.validate(tight.withCni(CniMode.CALICO_OVERLAY))))
        .noneMatch(m -> m.contains("usable addresses"));
  }

  @Test
  void aSmallTypeUnderAnOverlayIsWarnedThatMemoryHoldsFewerPods() {
    List<SpecProblem> problems = validator.validate(seed.withCni(CniMode.CALICO_OVERLAY));
    assertThat(SpecValidator.hasErrors(problems)).as(problems.toString()).isFalse();
    assertThat(messages(problems))
        .anyMatch(m -> m.contains("t3.micro has memory for at most 15 pods under Calico overlay"));
    assertThat(messages(validator.validate(seed))).noneMatch(m -> m.contains("has memory for"));
  }

  @Test
  void prefixDelegationNeedsNitro() {
    ClusterSpec xen =
        seed.withCni(CniMode.VPC_CNI_PREFIX_DELEGATION)
            .withNodeGroup(retype(seed.nodeGroup(), "t2.micro"));
    assertThat(messages(validator.validate(xen)))
        .anyMatch(m -> m.contains("needs a Nitro instance type"));
  }

  @Test
  void sshFromTheWholeInternetIsAWarningNotSilence() {
    NetworkSpec n = seed.network();
    ClusterSpec open =
        seed.withNetwork(
            new NetworkSpec(
                n.vpcCidr(),
                n.zones(),
                n.subnets(),
                n.natMode(),
                new BastionSpec(true, "t3.micro", "0.0.0.0/0"),
                n.worker(),
                n.storage(),
                n.cloudTrail()));
    assertThat(validator.validate(open))
        .anySatisfy(
            p -> {
              assertThat(p.severity()).isEqualTo(SpecProblem.Severity.WARNING);
              assertThat(p.path()).isEqualTo("network.bastion.sshIngressCidr");
            });
  }

  @Test
  void unknownInstanceTypesAndBadSizesAreErrors() {
    ClusterSpec bad =
        seed.withNodeGroup(
            new NodeGroupSpec(
                "workers",
                "t3.mirco",
                5,
                1,
                3,
                CapacityType.ON_DEMAND,
                20,
                "AL2023_x86_64_STANDARD"));
    List<String> messages = messages(validator.validate(bad));
    assertThat(messages).anyMatch(m -> m.contains("did you mean") && m.contains("t3.micro"));
    assertThat(messages).anyMatch(m -> m.contains("min ≤ desired ≤ max"));
  }

  @Test
  void anArmTypeNeedsAnArmAmi() {
    ClusterSpec graviton = seed.withNodeGroup(retype(seed.nodeGroup(), "t4g.small"));
    assertThat(messages(validator.validate(graviton)))
        .anyMatch(m -> m.contains("AL2023_ARM_64_STANDARD"));
  }

  private ClusterSpec withSubnet(int index, UnaryOperator<SubnetSpec> change) {
    NetworkSpec n = seed.network();
    List<SubnetSpec> subnets = new ArrayList<>(n.subnets());
    subnets.set(index, change.apply(subnets.get(index)));
    return seed.withNetwork(
        new NetworkSpec(
            n.vpcCidr(),
            n.zones(),
            subnets,
            n.natMode(),
            n.bastion(),
            n.worker(),
            n.storage(),
            n.cloudTrail()));
  }

  private static NodeGroupSpec resize(NodeGroupSpec g, int max) {
    return new NodeGroupSpec(
        g.name(),
        g.instanceType(),
        g.desiredSize(),
        g.minSize(),
        max,
        g.capacityType(),
        g.diskGiB(),
        g.amiType());
  }

  private static NodeGroupSpec retype(NodeGroupSpec g, String type) {
    return new NodeGroupSpec(
        g.name(),
        type,
        g.desiredSize(),
        g.minSize(),
        g.maxSize(),
        g.capacityType(),
        g.diskGiB(),
        g.amiType());
  }

  private static List<String> messages(List<SpecProblem> problems) {
    return problems.stream().map(SpecProblem::message).toList();
  }
}
