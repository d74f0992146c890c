package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.cloud.TagQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.AutoScalingGroup;
import software.amazon.awssdk.services.eks.model.Nodegroup;

/**
 * CreateNodegroup (clientRequestToken) on the plan's launch template (its default version); id
 * {@code cluster/nodegroup}. CREATING → ACTIVE; a DEGRADED group counts as ready, with the reason.
 */
final class NodeGroupHandler
    implements CreatingHandler<ResourceRequest.NodeGroup>, TaggedInventory {
  private static final String SEPARATOR = "/";

  /** A node group's id, {@code cluster/nodegroup}, as its two names. */
  static CompositeId parse(String id) {
    return CompositeId.parse(id, SEPARATOR);
  }

  private final EksClient eks;

  NodeGroupHandler(EksClient eks) {
    this.eks = eks;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.EKS_NODEGROUP;
  }

  @Override
  public Class<ResourceRequest.NodeGroup> requestType() {
    return ResourceRequest.NodeGroup.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.NodeGroup request, ClientToken token, Map<String, String> tags) {
    Nodegroup group =
        eks.createNodegroup(
                r ->
                    r.clusterName(request.clusterName())
                        .nodegroupName(request.name())
                        .nodeRole(request.nodeRoleArn())
                        .subnets(request.subnetIds())
                        .launchTemplate(t -> t.id(request.launchTemplateId()))
                        .instanceTypes(request.instanceType())
                        .capacityType(request.capacityType())
                        .amiType(request.amiType())
                        .version(request.kubernetesVersion())
                        .scalingConfig(
                            s ->
                                s.minSize(request.minSize())
                                    .maxSize(request.maxSize())
                                    .desiredSize(request.desiredSize()))
                        .labels(NodeGroupLabels.labels(request.labels()))
                        .taints(NodeGroupLabels.taints(request.taints()))
                        .clientRequestToken(token.value())
                        .tags(tags))
            .nodegroup();
    return CreateResult.of(toResource(group));
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest.NodeGroup request, Map<String, String> tags) {
    return describe(CompositeId.of(request.clusterName(), SEPARATOR, request.name()))
        .filter(group -> Tags.sameStep(group.tags(), tags));
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    CompositeId group = parse(id);
    return Optional.of(
        toResource(
            eks.describeNodegroup(r -> r.clusterName(group.parent()).nodegroupName(group.key()))
                .nodegroup()));
  }

  @Override
  public void delete(String id) {
    CompositeId group = parse(id);
    eks.deleteNodegroup(r -> r.clusterName(group.parent()).nodegroupName(group.key()));
  }

  @Override
  public List<CloudResource> candidates(TagQuery query) {
    return eks.listClustersPaginator(r -> {}).clusters().stream()
        .flatMap(
            cluster ->
                eks.listNodegroupsPaginator(r -> r.clusterName(cluster)).nodegroups().stream()
                    .map(name -> describe(CompositeId.of(cluster, SEPARATOR, name)).orElseThrow()))
        .toList();
  }

  static CloudResource toResource(Nodegroup group) {
    ResourceState state =
        switch (group.status()) {
          case ACTIVE, UPDATING, DEGRADED -> ResourceState.READY;
          case DELETING -> ResourceState.DELETING;
          case CREATE_FAILED, DELETE_FAILED -> ResourceState.FAILED;
          default -> ResourceState.PENDING;
        };
    String issues =
        group.health() == null
            ? ""
            : group.health().issues().stream()
                .map(issue -> issue.codeAsString() + ": " + issue.message())
                .collect(Collectors.joining("; "));
    return Resources.of(
        ResourceKind.EKS_NODEGROUP,
        CompositeId.of(group.clusterName(), SEPARATOR, group.nodegroupName()),
        state,
        issues.isEmpty() && state != ResourceState.READY ? group.statusAsString() : issues,
        group.tags(),
        Resources.attributes()
            .put("clusterName", group.clusterName())
            .put("name", group.nodegroupName())
            .put("arn", group.nodegroupArn())
            .put("instanceType", String.join(",", group.instanceTypes()))
            .put(
                "desiredSize",
                group.scalingConfig() == null ? null : group.scalingConfig().desiredSize())
            .put("minSize", group.scalingConfig() == null ? null : group.scalingConfig().minSize())
            .put("maxSize", group.scalingConfig() == null ? null : group.scalingConfig().maxSize())
            .put("version", group.version())
            .put("subnetIds", String.join(",", group.subnets()))
            .put("labels", NodeGroupLabels.labelsText(group))
            .put("taints", NodeGroupLabels.taintsText(group))
            .put(
                "autoScalingGroups",
                group.resources() == null
                    ? null
                    : group.resources().autoScalingGroups().stream()
                        .map(AutoScalingGroup::name)
                        .collect(Collectors.joining(",")))
            .build());
  }
}
