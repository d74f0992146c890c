package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteState;
import software.amazon.awssdk.services.ec2.model.RouteTable;

/**
 * CreateRoute to an internet or NAT gateway; id {@code routeTableId|destinationCidr}. Found only
 * when it points at the requested target: a route left pointing at a deleted NAT gateway is
 * replaced rather than adopted.
 */
final class RouteHandler implements CreatingHandler<ResourceRequest.Route>, DescribedMany {
  static final String SEPARATOR = "|";
  private final Ec2Client ec2;

  RouteHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.ROUTE;
  }

  @Override
  public Class<ResourceRequest.Route> requestType() {
    return ResourceRequest.Route.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.Route request, ClientToken token, Map<String, String> tags) {
    try {
      ec2.createRoute(
          r -> {
            r.routeTableId(request.routeTableId()).destinationCidrBlock(request.destinationCidr());
            target(request.targetId(), r::natGatewayId, r::gatewayId);
          });
    } catch (AwsServiceException e) {
      if (!"RouteAlreadyExists".equals(AwsCodes.of(e))) {
        throw e;
      }
      ec2.replaceRoute(
          r -> {
            r.routeTableId(request.routeTableId()).destinationCidrBlock(request.destinationCidr());
            target(request.targetId(), r::natGatewayId, r::gatewayId);
          });
    }
    String id = CompositeId.of(request.routeTableId(), SEPARATOR, request.destinationCidr());
    return CreateResult.of(
        Resources.ready(
            ResourceKind.ROUTE,
            id,
            Map.of(),
            Resources.attributes().put("targetId", request.targetId()).build()));
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest.Route request, Map<String, String> tags) {
    return describe(CompositeId.of(request.routeTableId(), SEPARATOR, request.destinationCidr()))
        .filter(route -> route.attribute("targetId").equals(request.targetId()));
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    return describeAll(List.of(id)).stream().findFirst();
  }

  /** One DescribeRouteTables for the tables of all these routes. */
  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    Map<String, List<CompositeId>> byTable = new LinkedHashMap<>();
    for (String id : ids) {
      CompositeId route = CompositeId.parse(id, SEPARATOR);
      byTable.computeIfAbsent(route.parent(), table -> new ArrayList<>()).add(route);
    }
    List<CloudResource> found = new ArrayList<>();
    for (RouteTable table :
        ec2.describeRouteTables(r -> r.routeTableIds(byTable.keySet())).routeTables()) {
      for (CompositeId wanted : byTable.getOrDefault(table.routeTableId(), List.of())) {
        table.routes().stream()
            .filter(r -> wanted.key().equals(r.destinationCidrBlock()))
            .findFirst()
            .ifPresent(
                r ->
                    found.add(
                        toResource(CompositeId.of(wanted.parent(), SEPARATOR, wanted.key()), r)));
      }
    }
    return found;
  }

  @Override
  public void delete(String id) {
    CompositeId route = CompositeId.parse(id, SEPARATOR);
    ec2.deleteRoute(r -> r.routeTableId(route.parent()).destinationCidrBlock(route.key()));
  }

  /**
   * CreateRoute and ReplaceRoute name a NAT gateway and an internet gateway in different fields.
   */
  private static void target(
      String targetId, Consumer<String> natGateway, Consumer<String> internetGateway) {
    (targetId.startsWith("nat-") ? natGateway : internetGateway).accept(targetId);
  }

  static CloudResource toResource(String id, Route route) {
    boolean blackhole = route.state() == RouteState.BLACKHOLE;
    return Resources.of(
        ResourceKind.ROUTE,
        id,
        blackhole ? ResourceState.FAILED : ResourceState.READY,
        blackhole ? "blackhole: the target no longer exists" : "",
        Map.of(),
        Resources.attributes()
            .put(
                "targetId", route.natGatewayId() != null ? route.natGatewayId() : route.gatewayId())
            .build());
  }
}
