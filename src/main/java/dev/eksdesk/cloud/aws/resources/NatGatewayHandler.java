package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ConnectivityType;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/** CreateNatGateway (public, ClientToken); pending → available, deleting → deleted. */
final class NatGatewayHandler implements CreatingHandler<ResourceRequest.NatGateway>, Ec2Described {
  private final Ec2Client ec2;

  NatGatewayHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.NAT_GATEWAY;
  }

  @Override
  public Class<ResourceRequest.NatGateway> requestType() {
    return ResourceRequest.NatGateway.class;
  }

  @Override
  public String idPrefix() {
    return "nat-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.NatGateway request, ClientToken token, Map<String, String> tags) {
    NatGateway gateway =
        ec2.createNatGateway(
                r ->
                    r.subnetId(request.subnetId())
                        .allocationId(request.allocationId())
                        .connectivityType(ConnectivityType.PUBLIC)
                        .clientToken(token.value())
                        .tagSpecifications(Ec2Tags.spec(ResourceType.NATGATEWAY, tags)))
            .natGateway();
    return CreateResult.of(toResource(gateway));
  }

  /** Deleted and failed gateways linger in Describe for an hour; they are not the step's. */
  @Override
  public Optional<CloudResource> find(
      ResourceRequest.NatGateway request, Map<String, String> tags) {
    List<Filter> filters = new ArrayList<>(Ec2Tags.stepFilters(tags));
    filters.add(Ec2Tags.filter("state", "pending", "available"));
    return ec2.describeNatGatewaysPaginator(r -> r.filter(filters)).natGateways().stream()
        .findFirst()
        .map(NatGatewayHandler::toResource);
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2.describeNatGatewaysPaginator(r -> r.natGatewayIds(ids)).natGateways().stream()
        .map(NatGatewayHandler::toResource)
        .toList();
  }

  @Override
  public void delete(String id) {
    ec2.deleteNatGateway(r -> r.natGatewayId(id));
  }

  static CloudResource toResource(NatGateway gateway) {
    ResourceState state =
        switch (gateway.state()) {
          case AVAILABLE -> ResourceState.READY;
          case DELETING -> ResourceState.DELETING;
          case DELETED -> ResourceState.DELETED;
          case FAILED -> ResourceState.FAILED;
          default -> ResourceState.PENDING;
        };
    return Resources.of(
        ResourceKind.NAT_GATEWAY,
        gateway.natGatewayId(),
        state,
        state == ResourceState.FAILED ? gateway.failureMessage() : gateway.stateAsString(),
        Ec2Tags.map(gateway.tags()),
        Resources.attributes()
            .put("subnetId", gateway.subnetId())
            .put("vpcId", gateway.vpcId())
            .put(
                "publicIp",
                gateway.natGatewayAddresses().isEmpty()
                    ? null
                    : gateway.natGatewayAddresses().get(0).publicIp())
            .build());
  }
}
