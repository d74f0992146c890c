package dev.eksdesk.topology;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.NodeGroupSpec;
import dev.eksdesk.domain.spec.SubnetKind;
import dev.eksdesk.domain.spec.SubnetSpec;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The diagram of a plan before anything exists: every drawn element PLANNED, with the step's id as
 * its id so that engine events find it. The spec supplies what steps only say in words (CIDRs,
 * zones, sizes). Steps the diagram does not draw (IAM, security groups, add-ons) are left out.
 */
public final class PlanTopology {
  public static final String REGION_ID = "region";

  private PlanTopology() {}

  public static Topology build(Plan plan, ClusterSpec spec) {
    List<Element> elements = new ArrayList<>();
    elements.add(region(spec));
    Optional<Step> vpc = plan.find("vpc");
    String vpcId = vpc.map(Step::id).orElse(REGION_ID);
    vpc.ifPresent(
        s ->
            elements.add(
                planned(s, ElementKind.VPC, "VPC", spec.network().vpcCidr())
                    .withDetail(Details.CIDR, spec.network().vpcCidr())));
    for (String zone : spec.network().zones()) {
      elements.add(Zones.element(zone, vpcId));
    }
    for (Step step : plan.steps()) {
      element(step, plan, spec, vpcId).ifPresent(elements::add);
    }
    return Topology.of(plan.cluster(), withRouteDetails(elements, plan));
  }

  private static Element region(ClusterSpec spec) {
    return Element.of(REGION_ID, ElementKind.REGION, spec.region(), "Cluster " + spec.name(), "")
        .withState(ElementState.READY, "")
        .withDetails(Map.of("Region", spec.region(), "Cluster", spec.name()));
  }

  private static Optional<Element> element(Step step, Plan plan, ClusterSpec spec, String vpcId) {
    return switch (step.kind()) {
      case SUBNET -> subnet(step, spec);
      case INTERNET_GATEWAY ->
          Optional.of(planned(step, ElementKind.INTERNET_GATEWAY, "Internet gateway", "", vpcId));
      case ROUTE_TABLE ->
          Optional.of(planned(step, ElementKind.ROUTE_TABLE, routeTableLabel(step), "", vpcId));
      case NAT_GATEWAY ->
          Optional.of(
              planned(step, ElementKind.NAT_GATEWAY, "NAT gateway", "", subnetOf(step, vpcId)));
      case ELASTIC_IP -> elasticIp(step, plan);
      case VPC_ENDPOINT ->
          Optional.of(planned(step, ElementKind.GATEWAY_ENDPOINT, "S3 endpoint", "Gateway", vpcId));
      case S3_BUCKET ->
          Optional.of(
              planned(step, ElementKind.BUCKET, "S3 bucket", bucketName(spec, step), REGION_ID));
      case INSTANCE -> instance(step, spec, vpcId);
      case EKS_CLUSTER ->
          Optional.of(
              planned(
                      step,
                      ElementKind.CONTROL_PLANE,
                      "EKS " + spec.name(),
                      "Kubernetes " + spec.controlPlane().kubernetesVersion(),
                      REGION_ID)
                  .withDetail("Kubernetes", spec.controlPlane().kubernetesVersion()));
      case EKS_NODEGROUP -> Optional.of(nodeGroup(step, spec));
      default -> Optional.empty();
    };
  }

  private static Optional<Element> subnet(Step step, ClusterSpec spec) {
    String name = step.id().substring("subnet:".length());
    return spec.network().subnets().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .map(
            s ->
                planned(
                        step,
                        s.kind() == SubnetKind.PUBLIC
                            ? ElementKind.PUBLIC_SUBNET
                            : ElementKind.PRIVATE_SUBNET,
                        s.name(),
                        s.cidr(),
                        Zones.elementId(s.zone()))
                    .withDetails(subnetDetails(s)));
  }

  private static Map<String, String> subnetDetails(SubnetSpec subnet) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put(Details.CIDR, subnet.cidr());
    details.put(Details.ZONE, subnet.zone());
    details.put("Usable addresses", Long.toString(subnet.block().usableInAwsSubnet()));
    return details;
  }

  /** The EIP is drawn inside the NAT gateway that uses it. */
  private static Optional<Element> elasticIp(Step step, Plan plan) {
    return plan.dependents(step.id()).stream()
        .filter(d -> d.startsWith("nat:"))
        .findFirst()
        .map(nat -> planned(step, ElementKind.ELASTIC_IP, "Elastic IP", "", nat));
  }

  private static Optional<Element> instance(Step step, ClusterSpec spec, String vpcId) {
    boolean bastion = step.id().equals("instance:bastion");
    String type =
        bastion ? spec.network().bastion().instanceType() : spec.network().worker().instanceType();
    return Optional.of(
        planned(
                step,
                bastion ? ElementKind.BASTION : ElementKind.WORKER,
                bastion ? "Bastion" : "Worker",
                type,
                subnetOf(step, vpcId))
            .withDetail(Details.INSTANCE_TYPE, type));
  }

  private static Element nodeGroup(Step step, ClusterSpec spec) {
    NodeGroupSpec group = spec.nodeGroup();
    Map<String, String> details = new LinkedHashMap<>();
    details.put(Details.INSTANCE_TYPE, group.instanceType());
    details.put(
        "Size",
        group.desiredSize() + " desired (" + group.minSize() + " to " + group.maxSize() + ")");
    details.put("Capacity", group.capacityType().name().toLowerCase(Locale.ROOT));
    details.put("CNI", spec.cni().displayName());
    details.put("Disk", group.diskGiB() + " GiB");
    return planned(
            step,
            ElementKind.NODE_GROUP,
            "Node group " + group.name(),
            group.desiredSize() + " × " + group.instanceType(),
            REGION_ID)
        .withDetails(details);
  }

  private static String subnetOf(Step step, String fallback) {
    return step.dependsOn().stream()
        .filter(d -> d.startsWith("subnet:"))
        .findFirst()
        .orElse(fallback);
  }

  private static String routeTableLabel(Step step) {
    return "Route table " + step.id().substring("rtb:".length());
  }

  private static String bucketName(ClusterSpec spec, Step step) {
    String given = spec.network().storage().bucketName();
    return step.id().equals("bucket") && !given.isBlank() ? given : "Name given at creation";
  }

  /** Routes and associations are not drawn; they are listed on their route table instead. */
  private static List<Element> withRouteDetails(List<Element> elements, Plan plan) {
    Map<String, Element> byId = new LinkedHashMap<>();
    elements.forEach(e -> byId.put(e.id(), e));
    for (Step step : plan.steps()) {
      String prefix =
          switch (step.kind()) {
            case ROUTE -> "Route ";
            case ROUTE_TABLE_ASSOCIATION -> "Association ";
            default -> null;
          };
      if (prefix == null) {
        continue;
      }
      step.dependsOn().stream()
          .filter(d -> d.startsWith("rtb:") && byId.containsKey(d))
          .findFirst()
          .ifPresent(
              t -> byId.put(t, byId.get(t).withDetail(prefix + step.id(), step.description())));
    }
    byId.replaceAll((id, e) -> e.kind() == ElementKind.ROUTE_TABLE ? withRouteSummary(e) : e);
    return List.copyOf(byId.values());
  }

  /** "1 route · 2 subnets": what a route table chip has room for. */
  private static Element withRouteSummary(Element table) {
    long routes = table.details().keySet().stream().filter(k -> k.startsWith("Route ")).count();
    long subnets =
        table.details().keySet().stream().filter(k -> k.startsWith("Association ")).count();
    return table.withSummary(
        routes
            + (routes == 1 ? " route" : " routes")
            + " · "
            + subnets
            + (subnets == 1 ? " subnet" : " subnets"));
  }

  private static Element planned(
      Step step, ElementKind kind, String label, String summary, String parentId) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put(Details.STEP, step.id());
    details.put(Details.PLAN, step.description());
    step.tags().forEach((k, v) -> details.put(Details.TAG_PREFIX + k, v));
    return Element.of(step.id(), kind, label, summary, parentId).withDetails(details);
  }

  private static Element planned(Step step, ElementKind kind, String label, String summary) {
    return planned(step, kind, label, summary, REGION_ID);
  }
}
