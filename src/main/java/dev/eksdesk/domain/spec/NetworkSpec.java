package dev.eksdesk.domain.spec;

import static dev.eksdesk.domain.spec.Require.present;

import dev.eksdesk.domain.net.Ipv4Cidr;
import java.util.List;

/**
 * The VPC and everything in it that is not the cluster.
 *
 * @param flowLogs VPC flow logs of all traffic into their own S3 bucket: off unless asked for (they
 *     cost S3 storage and delivery)
 */
public record NetworkSpec(
    String vpcCidr,
    List<String> zones,
    List<SubnetSpec> subnets,
    NatMode natMode,
    BastionSpec bastion,
    WorkerSpec worker,
    StorageSpec storage,
    boolean cloudTrail,
    boolean flowLogs) {

  public NetworkSpec {
    present(vpcCidr, "vpcCidr");
    present(natMode, "natMode");
    present(bastion, "bastion");
    present(worker, "worker");
    present(storage, "storage");
    zones = List.copyOf(present(zones, "zones"));
    subnets = List.copyOf(present(subnets, "subnets"));
  }

  /** Without flow logs, the default. */
  public NetworkSpec(
      String vpcCidr,
      List<String> zones,
      List<SubnetSpec> subnets,
      NatMode natMode,
      BastionSpec bastion,
      WorkerSpec worker,
      StorageSpec storage,
      boolean cloudTrail) {
    this(vpcCidr, zones, subnets, natMode, bastion, worker, storage, cloudTrail, false);
  }

  public Ipv4Cidr vpcBlock() {
    return Ipv4Cidr.parse(vpcCidr);
  }

  public List<SubnetSpec> subnets(SubnetKind kind) {
    return subnets.stream().filter(s -> s.kind() == kind).toList();
  }

  public NetworkSpec withBastion(BastionSpec newBastion) {
    return new NetworkSpec(
        vpcCidr, zones, subnets, natMode, newBastion, worker, storage, cloudTrail, flowLogs);
  }
}
