package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.DiscoveredCluster;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.eks.EksClient;

/**
 * Reads an existing cluster's network with VPC-filtered Describe calls (one paginated call per
 * kind, whatever the size of the VPC), converting with the handlers' own mappings.
 */
public final class ClusterTopologyReader {
  private static final List<String> LIVE_INSTANCE_STATES =
      List.of("pending", "running", "stopping", "stopped");

  private final Ec2Client ec2;
  private final EksClient eks;

  public ClusterTopologyReader(Ec2Client ec2, EksClient eks) {
    this.ec2 = ec2;
    this.eks = eks;
  }

  /** The clusters of the region, described (status, version, VPC). */
  public List<CloudResource> clusters() {
    return eks.listClustersPaginator(r -> {}).clusters().stream()
        .map(name -> EksClusterHandler.toResource(eks.describeCluster(r -> r.name(name)).cluster()))
        .toList();
  }

  public DiscoveredCluster read(String clusterName) {
    CloudResource cluster =
        EksClusterHandler.toResource(eks.describeCluster(r -> r.name(clusterName)).cluster());
    String vpcId = vpcOf(cluster);
    Filter inVpc = Ec2Tags.filter("vpc-id", vpcId);
    List<RouteTable> tables =
        ec2.describeRouteTablesPaginator(r -> r.filters(inVpc)).routeTables().stream().toList();
    return new DiscoveredCluster(
        cluster,
        VpcHandler.toResource(ec2.describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0)),
        ec2.describeSubnetsPaginator(r -> r.filters(inVpc)).subnets().stream()
            .map(SubnetHandler::toResource)
            .toList(),
        tables.stream().map(RouteTableHandler::toResource).toList(),
        routes(tables),
        tables.stream()
            .flatMap(t -> t.associations().stream())
            .map(RouteTableAssociationHandler::toResource)
            .toList(),
        ec2
            .describeInternetGatewaysPaginator(
                r -> r.filters(Ec2Tags.filter("attachment.vpc-id", vpcId)))
            .internetGateways()
            .stream()
            .map(g -> InternetGatewayHandler.toResource(g, vpcId))
            .toList(),
        ec2.describeNatGatewaysPaginator(r -> r.filter(inVpc)).natGateways().stream()
            .map(NatGatewayHandler::toResource)
            .filter(nat -> !nat.state().gone())
            .toList(),
        eks.listNodegroupsPaginator(r -> r.clusterName(clusterName)).nodegroups().stream()
            .map(
                group ->
                    NodeGroupHandler.toResource(
                        eks.describeNodegroup(r -> r.clusterName(clusterName).nodegroupName(group))
                            .nodegroup()))
            .toList(),
        ec2
            .describeInstancesPaginator(
                r -> r.filters(inVpc, Ec2Tags.filter("instance-state-name", LIVE_INSTANCE_STATES)))
            .reservations()
            .stream()
            .flatMap(reservation -> reservation.instances().stream())
            .map(InstanceHandler::toResource)
            .toList(),
        ec2.describeNetworkInterfacesPaginator(r -> r.filters(inVpc)).networkInterfaces().stream()
            .map(NetworkInterfaceHandler::toResource)
            .toList());
  }

  /** EKS names the VPC; an emulator may not (moto), and then the first subnet says. */
  private String vpcOf(CloudResource cluster) {
    String subnets = cluster.attribute("subnetIds");
    if (!cluster.attribute("vpcId").isEmpty() || subnets.isEmpty()) {
      return cluster.attribute("vpcId");
    }
    return ec2.describeSubnets(r -> r.subnetIds(subnets.split(",")[0])).subnets().get(0).vpcId();
  }

  /** CIDR routes only: a gateway endpoint's prefix-list routes have no CIDR to key them by. */
  private static List<CloudResource> routes(List<RouteTable> tables) {
    return tables.stream()
        .flatMap(
            table ->
                table.routes().stream()
                    .filter(route -> route.destinationCidrBlock() != null)
                    .map(
                        route ->
                            RouteHandler.toResource(
                                CompositeId.of(
                                    table.routeTableId(),
                                    RouteHandler.SEPARATOR,
                                    route.destinationCidrBlock()),
                                route)))
        .toList();
  }
}
