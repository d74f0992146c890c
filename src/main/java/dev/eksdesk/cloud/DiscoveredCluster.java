package dev.eksdesk.cloud;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An existing EKS cluster and the network around it, as {@link CloudResource}s of the same kinds,
 * ids and attributes the engine's steps produce, so the topology view draws both alike.
 *
 * @param routes composite ids {@code routeTableId|destinationCidr}, attribute {@code targetId}
 * @param routeTableAssociations attributes {@code routeTableId} and {@code subnetId} (none for a
 *     table's main association)
 * @param instances every live instance in the VPC; node group members carry the {@code
 *     eks:nodegroup-name} tag
 * @param networkInterfaces every ENI in the VPC; attribute {@code attachedTo} names the instance
 */
public record DiscoveredCluster(
    CloudResource cluster,
    CloudResource vpc,
    List<CloudResource> subnets,
    List<CloudResource> routeTables,
    List<CloudResource> routes,
    List<CloudResource> routeTableAssociations,
    List<CloudResource> internetGateways,
    List<CloudResource> natGateways,
    List<CloudResource> nodeGroups,
    List<CloudResource> instances,
    List<CloudResource> networkInterfaces) {

  public DiscoveredCluster {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(vpc, "vpc");
    subnets = List.copyOf(subnets);
    routeTables = List.copyOf(routeTables);
    routes = List.copyOf(routes);
    routeTableAssociations = List.copyOf(routeTableAssociations);
    internetGateways = List.copyOf(internetGateways);
    natGateways = List.copyOf(natGateways);
    nodeGroups = List.copyOf(nodeGroups);
    instances = List.copyOf(instances);
    networkInterfaces = List.copyOf(networkInterfaces);
  }

  /** Everything discovered as one inventory, the shape {@code InventoryTopology} draws. */
  public List<CloudResource> resources() {
    return Stream.of(
            List.of(cluster, vpc),
            subnets,
            routeTables,
            routes,
            routeTableAssociations,
            internetGateways,
            natGateways,
            nodeGroups,
            instances,
            networkInterfaces)
        .flatMap(List::stream)
        .toList();
  }

  /** The network interfaces attached to one instance. */
  public List<CloudResource> interfacesOf(String instanceId) {
    return networkInterfaces.stream()
        .filter(eni -> instanceId.equals(eni.attribute("attachedTo")))
        .toList();
  }
}
