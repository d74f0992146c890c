package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.SubnetState;

/** CreateSubnet, plus MapPublicIpOnLaunch for public subnets. */
final class SubnetHandler implements CreatingHandler<ResourceRequest.Subnet>, Ec2Described {
  private final Ec2Client ec2;

  SubnetHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.SUBNET;
  }

  @Override
  public Class<ResourceRequest.Subnet> requestType() {
    return ResourceRequest.Subnet.class;
  }

  @Override
  public String idPrefix() {
    return "subnet-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.Subnet request, ClientToken token, Map<String, String> tags) {
    Subnet subnet =
        ec2.createSubnet(
                r ->
                    r.vpcId(request.vpcId())
                        .cidrBlock(request.cidr())
                        .availabilityZone(request.zone())
                        .tagSpecifications(Ec2Tags.spec(ResourceType.SUBNET, tags)))
            .subnet();
    if (request.mapPublicIpOnLaunch()) {
      ec2.modifySubnetAttribute(
          r -> r.subnetId(subnet.subnetId()).mapPublicIpOnLaunch(a -> a.value(true)));
    }
    return CreateResult.of(toResource(subnet));
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest.Subnet request, Map<String, String> tags) {
    return ec2
        .describeSubnetsPaginator(r -> r.filters(Ec2Tags.stepFilters(tags)))
        .subnets()
        .stream()
        .findFirst()
        .map(SubnetHandler::toResource);
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2.describeSubnetsPaginator(r -> r.subnetIds(ids)).subnets().stream()
        .map(SubnetHandler::toResource)
        .toList();
  }

  @Override
  public void delete(String id) {
    ec2.deleteSubnet(r -> r.subnetId(id));
  }

  static CloudResource toResource(Subnet subnet) {
    return Resources.of(
        ResourceKind.SUBNET,
        subnet.subnetId(),
        subnet.state() == SubnetState.AVAILABLE ? ResourceState.READY : ResourceState.PENDING,
        "",
        Ec2Tags.map(subnet.tags()),
        Resources.attributes()
            .put("vpcId", subnet.vpcId())
            .put("zone", subnet.availabilityZone())
            .put("cidr", subnet.cidrBlock())
            .put("availableIpAddressCount", subnet.availableIpAddressCount())
            .put("mapPublicIpOnLaunch", subnet.mapPublicIpOnLaunch())
            .build());
  }
}
