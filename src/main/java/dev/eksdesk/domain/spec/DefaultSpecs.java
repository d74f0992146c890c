package dev.eksdesk.domain.spec;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.domain.net.SubnetLayout;
import java.util.List;
import java.util.Map;

/**
 * The layout a first cluster starts from: a VPC with public and private subnets in two zones, one
 * NAT gateway, a bastion, a standalone worker, an S3 bucket with its gateway endpoint and t3.micro
 * nodes.
 */
public final class DefaultSpecs {
  public static final String REGION = "eu-central-1";
  public static final String VPC_CIDR = "10.0.0.0/16";
  public static final int PUBLIC_PREFIX = 24;
  public static final int PRIVATE_PREFIX = 20;

  private DefaultSpecs() {}

  public static ClusterSpec firstCluster() {
    return forName("pw-cluster");
  }

  public static ClusterSpec forName(String name) {
    List<String> zones = Regions.defaultZones(REGION, 2);
    return new ClusterSpec(
        name,
        REGION,
        new ControlPlaneSpec(
            KubernetesVersions.DEFAULT, List.of(OperatorAddress.PLACEHOLDER), true),
        network(zones),
        new NodeGroupSpec(
            "workers", "t3.micro", 2, 1, 3, CapacityType.ON_DEMAND, 20, AmiTypes.DEFAULT_X86),
        CniMode.VPC_CNI,
        new SshKeySpec(SshKeyMode.GENERATE, name + "-key", "~/.ssh/" + name + "-key.pem"),
        Map.of());
  }

  private static NetworkSpec network(List<String> zones) {
    return new NetworkSpec(
        VPC_CIDR,
        zones,
        subnets(Ipv4Cidr.parse(VPC_CIDR), zones, PUBLIC_PREFIX, PRIVATE_PREFIX),
        NatMode.SINGLE,
        new BastionSpec(true, "t3.micro", OperatorAddress.PLACEHOLDER),
        new WorkerSpec(true, "t3.micro"),
        new StorageSpec(true, "", true),
        false);
  }

  /** Public and private subnets named after their zone's letter, e.g. "public-a". */
  public static List<SubnetSpec> subnets(
      Ipv4Cidr vpc, List<String> zones, int publicPrefix, int privatePrefix) {
    return SubnetLayout.plan(vpc, zones, publicPrefix, privatePrefix).stream()
        .map(
            p -> {
              SubnetKind kind = p.isPublic() ? SubnetKind.PUBLIC : SubnetKind.PRIVATE;
              String letter = p.zone().substring(p.zone().length() - 1);
              String name = (p.isPublic() ? "public-" : "private-") + letter;
              return new SubnetSpec(name, p.zone(), kind, p.block().toString());
            })
        .toList();
  }
}
