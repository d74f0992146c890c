package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.Blocker;
import dev.eksdesk.cloud.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;

/**
 * What keeps a VPC, subnet or security group from being deleted, as EC2 lists it: the ENIs in it
 * (DescribeNetworkInterfaces by vpc-id, subnet-id or group-id), for a VPC its subnets and
 * non-default groups, for a group the groups whose rules refer to it.
 */
public final class NetworkBlockers {
  private final Ec2Client ec2;

  public NetworkBlockers(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  public List<Blocker> of(ResourceKind kind, String id) {
    List<Blocker> found = new ArrayList<>();
    switch (kind) {
      case VPC -> {
        found.addAll(interfaces(Ec2Tags.filter("vpc-id", id)));
        found.addAll(subnets(id));
        found.addAll(groups(Ec2Tags.filter("vpc-id", id)));
      }
      case SUBNET -> found.addAll(interfaces(Ec2Tags.filter("subnet-id", id)));
      case SECURITY_GROUP -> {
        found.addAll(interfaces(Ec2Tags.filter("group-id", id)));
        found.addAll(groups(Ec2Tags.filter("ip-permission.group-id", id)));
      }
      default -> {}
    }
    return found;
  }

  private List<Blocker> interfaces(Filter filter) {
    return ec2
        .describeNetworkInterfacesPaginator(r -> r.filters(filter))
        .networkInterfaces()
        .stream()
        .map(NetworkBlockers::toBlocker)
        .toList();
  }

  private List<Blocker> subnets(String vpcId) {
    return ec2
        .describeSubnetsPaginator(r -> r.filters(Ec2Tags.filter("vpc-id", vpcId)))
        .subnets()
        .stream()
        .map(
            s ->
                Blocker.of(
                    ResourceKind.SUBNET,
                    s.subnetId(),
                    s.cidrBlock(),
                    s.subnetId(),
                    Ec2Tags.map(s.tags())))
        .toList();
  }

  private List<Blocker> groups(Filter filter) {
    return ec2.describeSecurityGroupsPaginator(r -> r.filters(filter)).securityGroups().stream()
        .filter(g -> !"default".equals(g.groupName()))
        .map(
            g ->
                Blocker.of(
                    ResourceKind.SECURITY_GROUP,
                    g.groupId(),
                    g.groupName(),
                    "",
                    Ec2Tags.map(g.tags())))
        .toList();
  }

  private static Blocker toBlocker(NetworkInterface eni) {
    return new Blocker(
        ResourceKind.NETWORK_INTERFACE,
        eni.networkInterfaceId(),
        eni.description(),
        eni.requesterId(),
        Boolean.TRUE.equals(eni.requesterManaged()),
        eni.interfaceTypeAsString(),
        eni.attachment() == null ? "" : eni.attachment().instanceId(),
        eni.subnetId(),
        eni.groups().stream().map(GroupIdentifier::groupId).toList(),
        Ec2Tags.map(eni.tagSet()));
  }
}
