package dev.eksdesk.ui.wizard;

import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.PlanGraph;
import dev.eksdesk.engine.plan.StepTimings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The plan's steps sorted into the parts of the account a reviewer thinks in. */
public final class PlanGroups {
  /** A part of the account and what the plan creates there. */
  public record Group(String title, List<Item> items) {}

  /**
   * @param onCriticalPath whether this step is part of the slow chain that decides the wait
   */
  public record Item(String description, Duration expected, boolean onCriticalPath) {}

  private enum Part {
    NETWORK("Network"),
    SECURITY("Firewall and SSH"),
    IAM("IAM roles and access"),
    HOSTS("Bastion and worker hosts"),
    STORAGE("Storage and audit"),
    KUBERNETES("EKS cluster and nodes");

    final String title;

    Part(String title) {
      this.title = title;
    }
  }

  private static final Map<Part, Set<ResourceKind>> KINDS =
      Map.of(
          Part.NETWORK,
          Set.of(
              ResourceKind.VPC,
              ResourceKind.INTERNET_GATEWAY,
              ResourceKind.SUBNET,
              ResourceKind.ROUTE_TABLE,
              ResourceKind.ROUTE,
              ResourceKind.ROUTE_TABLE_ASSOCIATION,
              ResourceKind.ELASTIC_IP,
              ResourceKind.NAT_GATEWAY,
              ResourceKind.VPC_ENDPOINT,
              ResourceKind.NETWORK_INTERFACE,
              ResourceKind.FLOW_LOG),
          Part.SECURITY,
          Set.of(
              ResourceKind.SECURITY_GROUP,
              ResourceKind.SECURITY_GROUP_RULE,
              ResourceKind.DEFAULT_SECURITY_GROUP_EMPTIED,
              ResourceKind.KEY_PAIR),
          Part.IAM,
          Set.of(
              ResourceKind.IAM_ROLE,
              ResourceKind.ROLE_POLICY_ATTACHMENT,
              ResourceKind.INSTANCE_PROFILE,
              ResourceKind.EKS_ACCESS_ENTRY),
          Part.HOSTS,
          Set.of(ResourceKind.INSTANCE),
          Part.STORAGE,
          Set.of(
              ResourceKind.S3_BUCKET,
              ResourceKind.BUCKET_PUBLIC_ACCESS_BLOCK,
              ResourceKind.BUCKET_ENCRYPTION,
              ResourceKind.BUCKET_VERSIONING,
              ResourceKind.BUCKET_TLS_POLICY,
              ResourceKind.CLOUDTRAIL_TRAIL),
          Part.KUBERNETES,
          Set.of(
              ResourceKind.EKS_CLUSTER,
              ResourceKind.LAUNCH_TEMPLATE,
              ResourceKind.EKS_NODEGROUP,
              ResourceKind.EKS_ADDON));

  private PlanGroups() {}

  public static List<Group> of(PlanGraph graph) {
    Map<Part, List<Item>> byPart = new EnumMap<>(Part.class);
    for (PlanGraph.Node node : graph.nodes()) {
      byPart
          .computeIfAbsent(partOf(node.kind()), p -> new ArrayList<>())
          .add(new Item(node.description(), node.expected(), node.onCriticalPath()));
    }
    List<Group> groups = new ArrayList<>();
    byPart.forEach((part, items) -> groups.add(new Group(part.title, List.copyOf(items))));
    return groups;
  }

  /** "43 steps; about 15 min along the critical path (25 min one at a time)". */
  public static String summary(Plan plan, StepTimings timings) {
    return plan.size()
        + " steps; about "
        + minutes(plan.criticalPath(timings).duration())
        + " along the critical path, which parallel steps do not lengthen ("
        + minutes(plan.sequentialDuration(timings))
        + " one at a time)";
  }

  private static String minutes(Duration duration) {
    return Math.max(1, Math.round(duration.toSeconds() / 60.0)) + " min";
  }

  private static Part partOf(ResourceKind kind) {
    return KINDS.entrySet().stream()
        .filter(e -> e.getValue().contains(kind))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(Part.KUBERNETES);
  }
}
