package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/** AllocateAddress in the VPC domain; the id is the allocation id. */
final class ElasticIpHandler implements CreatingHandler<ResourceRequest.ElasticIp>, Ec2Described {
  private final Ec2Client ec2;

  ElasticIpHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.ELASTIC_IP;
  }

  @Override
  public Class<ResourceRequest.ElasticIp> requestType() {
    return ResourceRequest.ElasticIp.class;
  }

  @Override
  public String idPrefix() {
    return "eipalloc-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.ElasticIp request, ClientToken token, Map<String, String> tags) {
    AllocateAddressResponse address =
        ec2.allocateAddress(
            r ->
                r.domain(DomainType.VPC)
                    .tagSpecifications(Ec2Tags.spec(ResourceType.ELASTIC_IP, tags)));
    return CreateResult.of(
        Resources.ready(
            ResourceKind.ELASTIC_IP,
            address.allocationId(),
            tags,
            Resources.attributes().put("publicIp", address.publicIp()).build()));
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest.ElasticIp request, Map<String, String> tags) {
    // DescribeAddresses has no pagination: an account holds few addresses.
    return ec2.describeAddresses(r -> r.filters(Ec2Tags.stepFilters(tags))).addresses().stream()
        .findFirst()
        .map(ElasticIpHandler::toResource);
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2.describeAddresses(r -> r.allocationIds(ids)).addresses().stream()
        .map(ElasticIpHandler::toResource)
        .toList();
  }

  @Override
  public void delete(String id) {
    ec2.releaseAddress(r -> r.allocationId(id));
  }

  private static CloudResource toResource(Address address) {
    return Resources.ready(
        ResourceKind.ELASTIC_IP,
        address.allocationId(),
        Ec2Tags.map(address.tags()),
        Resources.attributes()
            .put("publicIp", address.publicIp())
            .put("associationId", address.associationId())
            .put("networkInterfaceId", address.networkInterfaceId())
            .build());
  }
}
