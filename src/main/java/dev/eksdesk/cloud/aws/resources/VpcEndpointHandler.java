package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.UnsuccessfulItem;
import software.amazon.awssdk.services.ec2.model.UnsuccessfulItemError;
import software.amazon.awssdk.services.ec2.model.VpcEndpoint;
import software.amazon.awssdk.services.ec2.model.VpcEndpointType;

/**
 * CreateVpcEndpoint of type Gateway (ClientToken) on the given route tables, with the request's
 * endpoint policy.
 */
final class VpcEndpointHandler
    implements CreatingHandler<ResourceRequest.GatewayEndpoint>, Ec2Described {
  private final Ec2Client ec2;

  VpcEndpointHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.VPC_ENDPOINT;
  }

  @Override
  public Class<ResourceRequest.GatewayEndpoint> requestType() {
    return ResourceRequest.GatewayEndpoint.class;
  }

  @Override
  public String idPrefix() {
    return "vpce-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.GatewayEndpoint request, ClientToken token, Map<String, String> tags) {
    VpcEndpoint endpoint =
        ec2.createVpcEndpoint(
                r ->
                    r.vpcEndpointType(VpcEndpointType.GATEWAY)
                        .vpcId(request.vpcId())
                        .serviceName(request.serviceName())
                        .routeTableIds(request.routeTableIds())
                        .policyDocument(request.policyDocument())
                        .clientToken(token.value())
                        .tagSpecifications(Ec2Tags.spec(ResourceType.VPC_ENDPOINT, tags)))
            .vpcEndpoint();
    return CreateResult.of(toResource(endpoint));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.GatewayEndpoint request, Map<String, String> tags) {
    List<Filter> filters = new ArrayList<>(Ec2Tags.stepFilters(tags));
    filters.add(Ec2Tags.filter("vpc-endpoint-state", "pendingAcceptance", "pending", "available"));
    return ec2.describeVpcEndpointsPaginator(r -> r.filters(filters)).vpcEndpoints().stream()
        .findFirst()
        .map(VpcEndpointHandler::toResource);
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2.describeVpcEndpointsPaginator(r -> r.vpcEndpointIds(ids)).vpcEndpoints().stream()
        .map(VpcEndpointHandler::toResource)
        .toList();
  }

  /** DeleteVpcEndpoints reports failures per endpoint in its answer, not as an exception. */
  @Override
  public void delete(String id) {
    Optional<UnsuccessfulItemError> failure =
        ec2.deleteVpcEndpoints(r -> r.vpcEndpointIds(id)).unsuccessful().stream()
            .map(UnsuccessfulItem::error)
            .findFirst();
    if (failure.isPresent()) {
      throw Ec2Exception.builder()
          .statusCode(400)
          .awsErrorDetails(
              AwsErrorDetails.builder()
                  .serviceName("EC2")
                  .errorCode(failure.get().code())
                  .errorMessage(failure.get().message())
                  .build())
          .build();
    }
  }

  private static CloudResource toResource(VpcEndpoint endpoint) {
    ResourceState state =
        switch (endpoint.stateAsString().toLowerCase(Locale.ROOT)) {
          case "available" -> ResourceState.READY;
          case "deleting" -> ResourceState.DELETING;
          case "deleted" -> ResourceState.DELETED;
          case "failed", "rejected", "expired" -> ResourceState.FAILED;
          default -> ResourceState.PENDING;
        };
    return Resources.of(
        ResourceKind.VPC_ENDPOINT,
        endpoint.vpcEndpointId(),
        state,
        state == ResourceState.READY ? "" : endpoint.stateAsString(),
        Ec2Tags.map(endpoint.tags()),
        Resources.attributes()
            .put("vpcId", endpoint.vpcId())
            .put("serviceName", endpoint.serviceName())
            .put("routeTableIds", String.join(",", endpoint.routeTableIds()))
            .put("policyDocument", endpoint.policyDocument())
            .build());
  }
}
