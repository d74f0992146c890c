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
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcState;

/** CreateVpc with DNS support and hostnames on (EKS's private endpoint needs both). */
final class VpcHandler implements CreatingHandler<ResourceRequest.Vpc>, Ec2Described {
  private final Ec2Client ec2;

  VpcHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.VPC;
  }

  @Override
  public Class<ResourceRequest.Vpc> requestType() {
    return ResourceRequest.Vpc.class;
  }

  @Override
  public String idPrefix() {
    return "vpc-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.Vpc request, ClientToken token, Map<String, String> tags) {
    Vpc vpc =
        ec2.createVpc(
                r ->
                    r.cidrBlock(request.cidr())
                        .tagSpecifications(Ec2Tags.spec(ResourceType.VPC, tags)))
            .vpc();
    ec2.modifyVpcAttribute(r -> r.vpcId(vpc.vpcId()).enableDnsSupport(a -> a.value(true)));
    ec2.modifyVpcAttribute(r -> r.vpcId(vpc.vpcId()).enableDnsHostnames(a -> a.value(true)));
    return CreateResult.of(toResource(vpc));
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest.Vpc request, Map<String, String> tags) {
    return ec2.describeVpcsPaginator(r -> r.filters(Ec2Tags.stepFilters(tags))).vpcs().stream()
        .findFirst()
        .map(VpcHandler::toResource);
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2.describeVpcsPaginator(r -> r.vpcIds(ids)).vpcs().stream()
        .map(VpcHandler::toResource)
        .toList();
  }

  @Override
  public void delete(String id) {
    ec2.deleteVpc(r -> r.vpcId(id));
  }

  static CloudResource toResource(Vpc vpc) {
    return Resources.of(
        ResourceKind.VPC,
        vpc.vpcId(),
        vpc.state() == VpcState.AVAILABLE ? ResourceState.READY : ResourceState.PENDING,
        "",
        Ec2Tags.map(vpc.tags()),
        Resources.attributes().put("cidr", vpc.cidrBlock()).build());
  }
}
