package dev.eksdesk.topology;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.cloud.ResourceTags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The diagram of what an account holds: a cluster found there (built from the inventory alone), or
 * the facts the account adds to a plan's diagram (ids, addresses, states). Elements take the step
 * id when the resource carries an {@code eksdesk:step} tag, so both views name things alike.
 */
public final class InventoryTopology {
  static final String NODE_GROUP_TAG = "eks:nodegroup-name";
  private static final String ELB_ROLE_TAG = "kubernetes.io/role/elb";

  private InventoryTopology() {}

  /** An existing cluster as the account lists it (everything {@code ownedBy} the cluster). */
  public static Topology build(String cluster, String region, List<CloudResource> resources) {
    return new Builder(cluster, region, resources).build();
  }

  /** States, ids and addresses from the account, for elements whose step made the resource. */
  public static Topology merge(Topology topology, List<CloudResource> resources) {
    Topology next = topology;
    for (CloudResource resource : resources) {
      String step = resource.tag(ResourceTags.STEP);
      Optional<Element> element = next.element(step);
      if (!step.isEmpty() && element.isPresent()) {
        next =
            next.with(
                describe(element.get(), resource)
                    .withState(ElementState.of(resource.state()), resource.stateReason()));
      }
    }
    return next;
  }

  /**
   * The node group's EC2 instances as nodes, for drawing before the Kubernetes watch has its first
   * list (or without one): no pods, no pod limit.
   */
  public static List<NodeInfo> nodesFromInstances(List<CloudResource> resources) {
    Map<String, String> subnetZones = new HashMap<>();
    resources.stream()
        .filter(r -> r.kind() == ResourceKind.SUBNET)
        .forEach(r -> subnetZones.put(r.id(), r.attribute("zone")));
    return resources.stream()
        .filter(r -> r.kind() == ResourceKind.INSTANCE && !r.tag(NODE_GROUP_TAG).isEmpty())
        .filter(r -> !r.state().gone())
        .map(
            r ->
                new NodeInfo(
                    r.id(),
                    r.id(),
                    r.attribute("instanceType"),
                    subnetZones.getOrDefault(r.attribute("subnetId"), ""),
                    privateIp(r, resources),
                    r.tag(NODE_GROUP_TAG),
                    0,
                    0,
                    0,
                    r.state() == ResourceState.READY))
        .toList();
  }

  /** The resource's non-secret facts as details, and the summary that shows the useful one. */
  static Element describe(Element element, CloudResource resource) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put(Details.ID, resource.id());
    details.put(Details.CIDR, resource.attribute("cidr"));
    details.put(Details.ZONE, resource.attribute("zone"));
    details.put(Details.PUBLIC_IP, resource.attribute("publicIp"));
    details.put(Details.PRIVATE_IP, resource.attribute("privateIp"));
    details.put(Details.INSTANCE_TYPE, resource.attribute("instanceType"));
    details.put("Free addresses", resource.attribute("availableIpAddressCount"));
    details.put("Endpoint", resource.attribute("endpoint"));
    details.put("Kubernetes", resource.attribute("version"));
    details.put("ARN", resource.attribute("arn"));
    new TreeMap<>(resource.tags()).forEach((k, v) -> details.put(Details.TAG_PREFIX + k, v));
    Element described = element.withDetails(details);
    String publicIp = resource.attribute("publicIp");
    return element.kind() == ElementKind.ELASTIC_IP && !publicIp.isEmpty()
        ? described.withSummary(publicIp)
        : described;
  }

  private static String privateIp(CloudResource instance, List<CloudResource> resources) {
    if (!instance.attribute("privateIp").isEmpty()) {
      return instance.attribute("privateIp");
    }
    return resources.stream()
        .filter(r -> r.kind() == ResourceKind.NETWORK_INTERFACE)
        .filter(r -> r.attribute("attachedTo").equals(instance.id()))
        .map(r -> r.attribute("privateIp"))
        .filter(ip -> !ip.isEmpty())
        .findFirst()
        .orElse("");
  }

  /** One pass over an inventory; account ids map to element ids as elements are made. */
  private static final class Builder {
    private final String cluster;
    private final String region;
    private final List<CloudResource> resources;
    private final Map<String, String> elementIds = new HashMap<>();
    private final List<Element> elements = new ArrayList<>();

    Builder(String cluster, String region, List<CloudResource> resources) {
      this.cluster = cluster;
      this.region = region;
      this.resources = resources.stream().filter(r -> !r.state().gone()).toList();
    }

    Topology build() {
      elements.add(
          Element.of(PlanTopology.REGION_ID, ElementKind.REGION, region, "Cluster " + cluster, "")
              .withState(ElementState.READY, "")
              .withDetails(Map.of("Region", region, "Cluster", cluster)));
      Optional<CloudResource> vpc = mainVpc();
      vpc.ifPresent(this::network);
      ofKind(ResourceKind.EKS_CLUSTER)
          .forEach(
              r ->
                  add(
                      r,
                      ElementKind.CONTROL_PLANE,
                      "EKS " + cluster,
                      kubernetes(r),
                      PlanTopology.REGION_ID));
      ofKind(ResourceKind.EKS_NODEGROUP)
          .forEach(
              r ->
                  add(
                      r,
                      ElementKind.NODE_GROUP,
                      "Node group " + r.attribute("name"),
                      r.attribute("desiredSize") + " × " + r.attribute("instanceType"),
                      PlanTopology.REGION_ID));
      ofKind(ResourceKind.S3_BUCKET)
          .forEach(r -> add(r, ElementKind.BUCKET, "S3 bucket", r.id(), PlanTopology.REGION_ID));
      return Topology.of(cluster, elements).withNodes(nodesFromInstances(resources));
    }

    /** The VPC most subnets are in: an account may hold others the cluster does not use. */
    private Optional<CloudResource> mainVpc() {
      Map<String, Long> subnetsPerVpc = new HashMap<>();
      ofKind(ResourceKind.SUBNET)
          .forEach(s -> subnetsPerVpc.merge(s.attribute("vpcId"), 1L, Long::sum));
      return ofKind(ResourceKind.VPC).stream()
          .max(Comparator.comparingLong(v -> subnetsPerVpc.getOrDefault(v.id(), 0L)));
    }

    private void network(CloudResource vpc) {
      String vpcId =
          add(vpc, ElementKind.VPC, "VPC", vpc.attribute("cidr"), PlanTopology.REGION_ID);
      List<CloudResource> subnets =
          ofKind(ResourceKind.SUBNET).stream()
              .filter(s -> s.attribute("vpcId").equals(vpc.id()))
              .sorted(Comparator.comparing((CloudResource s) -> s.attribute("zone")))
              .toList();
      Set<String> zones = new LinkedHashSet<>();
      subnets.forEach(s -> zones.add(s.attribute("zone")));
      zones.forEach(z -> elements.add(Zones.element(z, vpcId)));
      Set<String> natSubnets = new LinkedHashSet<>();
      ofKind(ResourceKind.NAT_GATEWAY).forEach(n -> natSubnets.add(n.attribute("subnetId")));
      for (CloudResource subnet : subnets) {
        boolean isPublic = "1".equals(subnet.tag(ELB_ROLE_TAG)) || natSubnets.contains(subnet.id());
        add(
            subnet,
            isPublic ? ElementKind.PUBLIC_SUBNET : ElementKind.PRIVATE_SUBNET,
            subnetName(subnet),
            subnet.attribute("cidr"),
            Zones.elementId(subnet.attribute("zone")));
      }
      inVpc(ResourceKind.INTERNET_GATEWAY, vpc)
          .forEach(r -> add(r, ElementKind.INTERNET_GATEWAY, "Internet gateway", "", vpcId));
      inVpc(ResourceKind.ROUTE_TABLE, vpc)
          .forEach(r -> add(r, ElementKind.ROUTE_TABLE, "Route table", r.id(), vpcId));
      ofKind(ResourceKind.VPC_ENDPOINT)
          .forEach(r -> add(r, ElementKind.GATEWAY_ENDPOINT, "S3 endpoint", "Gateway", vpcId));
      natGateways();
      hosts(natSubnets);
    }

    /** EIPs have no link to their NAT gateway in the inventory; they pair in order of listing. */
    private void natGateways() {
      List<CloudResource> nats = ofKind(ResourceKind.NAT_GATEWAY);
      List<CloudResource> eips = ofKind(ResourceKind.ELASTIC_IP);
      for (int i = 0; i < nats.size(); i++) {
        CloudResource nat = nats.get(i);
        String subnet = elementIds.get(nat.attribute("subnetId"));
        if (subnet == null) {
          continue;
        }
        String natId = add(nat, ElementKind.NAT_GATEWAY, "NAT gateway", "", subnet);
        if (i < eips.size()) {
          add(
              eips.get(i),
              ElementKind.ELASTIC_IP,
              "Elastic IP",
              eips.get(i).attribute("publicIp"),
              natId);
        }
      }
    }

    private void hosts(Set<String> natSubnets) {
      for (CloudResource instance : ofKind(ResourceKind.INSTANCE)) {
        String subnet = elementIds.get(instance.attribute("subnetId"));
        if (subnet == null || !instance.tag(NODE_GROUP_TAG).isEmpty()) {
          continue; // node group instances are drawn as nodes
        }
        boolean bastion =
            instance.tag(ResourceTags.STEP).equals("instance:bastion")
                || elements.stream()
                    .anyMatch(e -> e.id().equals(subnet) && e.kind() == ElementKind.PUBLIC_SUBNET);
        String name = instance.attribute("name");
        add(
            instance,
            bastion ? ElementKind.BASTION : ElementKind.WORKER,
            name.isEmpty() ? (bastion ? "Bastion" : "Worker") : name,
            instance.attribute("instanceType"),
            subnet);
      }
    }

    private String add(
        CloudResource resource, ElementKind kind, String label, String summary, String parentId) {
      String step = resource.tag(ResourceTags.STEP);
      String id = step.isEmpty() ? resource.id() : step;
      elementIds.put(resource.id(), id);
      elements.add(
          describe(Element.of(id, kind, label, summary, parentId), resource)
              .withState(ElementState.of(resource.state()), resource.stateReason()));
      return id;
    }

    private List<CloudResource> ofKind(ResourceKind kind) {
      return resources.stream().filter(r -> r.kind() == kind).toList();
    }

    private List<CloudResource> inVpc(ResourceKind kind, CloudResource vpc) {
      return ofKind(kind).stream().filter(r -> r.attribute("vpcId").equals(vpc.id())).toList();
    }

    private static String subnetName(CloudResource subnet) {
      String step = subnet.tag(ResourceTags.STEP);
      String name = subnet.tag("Name");
      return step.startsWith("subnet:")
          ? step.substring("subnet:".length())
          : name.isEmpty() ? subnet.id() : name;
    }

    private static String kubernetes(CloudResource cluster) {
      String version = cluster.attribute("version");
      return version.isEmpty() ? "" : "Kubernetes " + version;
    }
  }
}
