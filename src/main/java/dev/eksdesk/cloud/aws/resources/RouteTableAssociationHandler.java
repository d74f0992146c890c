package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;

/** AssociateRouteTable; the id is the association id (rtbassoc-...), found through the table. */
final class RouteTableAssociationHandler
    implements CreatingHandler<ResourceRequest.RouteTableAssociation>, DescribedMany {
  private final Ec2Client ec2;

  RouteTableAssociationHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.ROUTE_TABLE_ASSOCIATION;
  }

  @Override
  public Class<ResourceRequest.RouteTableAssociation> requestType() {
    return ResourceRequest.RouteTableAssociation.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.RouteTableAssociation request, ClientToken token, Map<String, String> tags) {
    String id =
        ec2.associateRouteTable(
                r -> r.routeTableId(request.routeTableId()).subnetId(request.subnetId()))
            .associationId();
    return CreateResult.of(toResource(id, request.routeTableId(), request.subnetId()));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.RouteTableAssociation request, Map<String, String> tags) {
    return ec2
        .describeRouteTables(r -> r.routeTableIds(request.routeTableId()))
        .routeTables()
        .stream()
        .flatMap(table -> table.associations().stream())
        .filter(a -> request.subnetId().equals(a.subnetId()))
        .findFirst()
        .map(RouteTableAssociationHandler::toResource);
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    return describeAll(List.of(id)).stream().findFirst();
  }

  /** One DescribeRouteTables filtered by all these association ids. */
  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    Set<String> wanted = Set.copyOf(ids);
    return ec2
        .describeRouteTablesPaginator(
            r -> r.filters(Ec2Tags.filter("association.route-table-association-id", ids)))
        .routeTables()
        .stream()
        .flatMap(table -> table.associations().stream())
        .filter(a -> wanted.contains(a.routeTableAssociationId()))
        .map(RouteTableAssociationHandler::toResource)
        .toList();
  }

  @Override
  public void delete(String id) {
    ec2.disassociateRouteTable(r -> r.associationId(id));
  }

  static CloudResource toResource(RouteTableAssociation association) {
    return toResource(
        association.routeTableAssociationId(), association.routeTableId(), association.subnetId());
  }

  private static CloudResource toResource(String id, String routeTableId, String subnetId) {
    return Resources.ready(
        ResourceKind.ROUTE_TABLE_ASSOCIATION,
        id,
        Map.of(),
        Resources.attributes().put("routeTableId", routeTableId).put("subnetId", subnetId).build());
  }
}
