package dev.eksdesk.cloud;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags that make a resource findable without the journal, and the tags other controllers put on
 * what they create for a cluster (the VPC CNI's ENIs, the load balancer controller's groups).
 */
public final class ResourceTags {
  public static final String CLUSTER = "eksdesk:cluster";
  public static final String STEP = "eksdesk:step";
  public static final String MANAGED_BY = "eksdesk:managed-by";

  /** Set by the VPC CNI on the ENIs it creates. */
  public static final String VPC_CNI_CLUSTER = "cluster.k8s.amazonaws.com/name";

  /** Set by the AWS Load Balancer Controller on its load balancers and security groups. */
  public static final String ELB_CONTROLLER_CLUSTER = "elbv2.k8s.aws/cluster";

  private ResourceTags() {}

  /** The tags the engine puts on the resource created by one step. */
  public static Map<String, String> forStep(
      String cluster, String stepId, Map<String, String> userTags) {
    Map<String, String> tags = new LinkedHashMap<>(userTags);
    tags.put(CLUSTER, cluster);
    tags.put(STEP, stepId);
    tags.put(MANAGED_BY, "eksdesk");
    return tags;
  }

  /** Everything in the account that belongs to the cluster, whoever created it. */
  public static TagQuery ownedBy(String cluster) {
    return TagQuery.anyOf(
        List.of(
            TagQuery.Match.value(CLUSTER, cluster),
            TagQuery.Match.value(VPC_CNI_CLUSTER, cluster),
            TagQuery.Match.value(ELB_CONTROLLER_CLUSTER, cluster),
            TagQuery.Match.value("kubernetes.io/cluster/" + cluster, "owned")));
  }
}
