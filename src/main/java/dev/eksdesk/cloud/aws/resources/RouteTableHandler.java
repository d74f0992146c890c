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
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RouteTable;

/** CreateRouteTable. Its routes and associations are sub-resources with handlers of their own. */
final class RouteTableHandler implements CreatingHandler<ResourceRequest.RouteTable>, Ec2Described {
  private final Ec2Client ec2;

  RouteTableHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.ROUTE_TABLE;
  }

  @Override
  public Class<ResourceRequest.RouteTable> requestType() {
    return ResourceRequest.RouteTable.class;
  }

  @Override
  public String idPrefix() {
    return "rtb-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.RouteTable request, ClientToken token, Map<String, String> tags) {
    RouteTable table =
        ec2.createRouteTable(
                r ->
                    r.vpcId(request.vpcId())
                        .tagSpecifications(Ec2Tags.spec(ResourceType.ROUTE_TABLE, tags)))
            .routeTable();
    return CreateResult.of(toResource(table));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.RouteTable request, Map<String, String> tags) {
    return ec2
        .describeRouteTablesPaginator(r -> r.filters(Ec2Tags.stepFilters(tags)))
        .routeTables()
        .stream()
        .findFirst()
        .map(RouteTableHandler::toResource);
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2.describeRouteTablesPaginator(r -> r.routeTableIds(ids)).routeTables().stream()
        .map(RouteTableHandler::toResource)
        .toList();
  }

  @Override
  public void delete(String id) {
    ec2.deleteRouteTable(r -> r.routeTableId(id));
  }

  static CloudResource toResource(RouteTable table) {
    return Resources.ready(
        ResourceKind.ROUTE_TABLE,
        table.routeTableId(),
        Ec2Tags.map(table.tags()),
        Resources.attributes().put("vpcId", table.vpcId()).build());
  }
}
