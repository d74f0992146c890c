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
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.InternetGatewayAttachment;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * CreateInternetGateway + AttachInternetGateway. The step's resource is the attached gateway, so
 * finding one a crash left unattached attaches it; delete detaches first.
 */
final class InternetGatewayHandler
    implements CreatingHandler<ResourceRequest.InternetGateway>, Ec2Described {
  private final Ec2Client ec2;

  InternetGatewayHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.INTERNET_GATEWAY;
  }

  @Override
  public Class<ResourceRequest.InternetGateway> requestType() {
    return ResourceRequest.InternetGateway.class;
  }

  @Override
  public String idPrefix() {
    return "igw-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.InternetGateway request, ClientToken token, Map<String, String> tags) {
    InternetGateway gateway =
        ec2.createInternetGateway(
                r -> r.tagSpecifications(Ec2Tags.spec(ResourceType.INTERNET_GATEWAY, tags)))
            .internetGateway();
    return CreateResult.of(attached(gateway, request.vpcId()));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.InternetGateway request, Map<String, String> tags) {
    return ec2
        .describeInternetGatewaysPaginator(r -> r.filters(Ec2Tags.stepFilters(tags)))
        .internetGateways()
        .stream()
        .findFirst()
        .map(gateway -> attached(gateway, request.vpcId()));
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2
        .describeInternetGatewaysPaginator(r -> r.internetGatewayIds(ids))
        .internetGateways()
        .stream()
        .map(g -> toResource(g, vpcOf(g)))
        .toList();
  }

  @Override
  public void delete(String id) {
    for (CloudResource gateway : describeAll(List.of(id))) {
      String vpcId = gateway.attribute("vpcId");
      if (!vpcId.isEmpty()) {
        ec2.detachInternetGateway(r -> r.internetGatewayId(id).vpcId(vpcId));
      }
    }
    ec2.deleteInternetGateway(r -> r.internetGatewayId(id));
  }

  private CloudResource attached(InternetGateway gateway, String vpcId) {
    if (!vpcId.equals(vpcOf(gateway))) {
      ec2.attachInternetGateway(r -> r.internetGatewayId(gateway.internetGatewayId()).vpcId(vpcId));
    }
    return toResource(gateway, vpcId);
  }

  static String vpcOf(InternetGateway gateway) {
    return gateway.attachments().stream()
        .map(InternetGatewayAttachment::vpcId)
        .findFirst()
        .orElse("");
  }

  static CloudResource toResource(InternetGateway gateway, String vpcId) {
    return Resources.ready(
        ResourceKind.INTERNET_GATEWAY,
        gateway.internetGatewayId(),
        Ec2Tags.map(gateway.tags()),
        Resources.attributes().put("vpcId", vpcId).build());
  }
}
