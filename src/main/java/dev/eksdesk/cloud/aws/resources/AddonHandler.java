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
import software.amazon.awssdk.services.eks.model.Addon;
import software.amazon.awssdk.services.eks.model.ResolveConflicts;
import software.amazon.awssdk.services.eks.model.UpdateAddonRequest;

/**
 * CreateAddon (clientRequestToken) with the plan's JSON configuration; id {@code cluster|addon}.
 * EKS installs vpc-cni itself as a self-managed add-on; OVERWRITE lets the managed one take over
 * its fields. DEGRADED stays pending (with the health issues as reason) until the deadline.
 */
final class AddonHandler implements CreatingHandler<ResourceRequest.Addon>, TaggedInventory {
  private static final String SEPARATOR = "|";
  private final EksClient eks;

  AddonHandler(EksClient eks) {
    this.eks = eks;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.EKS_ADDON;
  }

  @Override
  public Class<ResourceRequest.Addon> requestType() {
    return ResourceRequest.Addon.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.Addon request, ClientToken token, Map<String, String> tags) {
    Addon addon =
        eks.createAddon(
                r -> {
                  r.clusterName(request.clusterName())
                      .addonName(request.name())
                      .resolveConflicts(ResolveConflicts.OVERWRITE)
                      .clientRequestToken(token.value())
                      .tags(tags);
                  if (!request.configurationValues().isEmpty()) {
                    r.configurationValues(request.configurationValues());
                  }
                })
            .addon();
    return CreateResult.of(toResource(addon));
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest.Addon request, Map<String, String> tags) {
    return describe(id(request)).filter(addon -> Tags.sameStep(addon.tags(), tags));
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    CompositeId addon = CompositeId.parse(id, SEPARATOR);
    return Optional.of(
        toResource(
            eks.describeAddon(r -> r.clusterName(addon.parent()).addonName(addon.key())).addon()));
  }

  @Override
  public void delete(String id) {
    CompositeId addon = CompositeId.parse(id, SEPARATOR);
    eks.deleteAddon(r -> r.clusterName(addon.parent()).addonName(addon.key()));
  }

  @Override
  public List<CloudResource> candidates(TagQuery query) {
    return eks.listClustersPaginator(r -> {}).clusters().stream()
        .flatMap(
            cluster ->
                eks.listAddonsPaginator(r -> r.clusterName(cluster)).addons().stream()
                    .map(name -> describe(CompositeId.of(cluster, SEPARATOR, name)).orElseThrow()))
        .toList();
  }

  /**
   * UpdateAddon with the plan's configuration (OVERWRITE: the managed add-on's fields win over
   * edits made in the cluster, as at create); EKS rolls the add-on's pods with it.
   */
  static UpdateAddonRequest configurationUpdate(
      String id, ResourceRequest.Addon desired, ClientToken token) {
    CompositeId addon = CompositeId.parse(id, SEPARATOR);
    return UpdateAddonRequest.builder()
        .clusterName(addon.parent())
        .addonName(addon.key())
        .configurationValues(desired.configurationValues())
        .resolveConflicts(ResolveConflicts.OVERWRITE)
        .clientRequestToken(token.value())
        .build();
  }

  /** The add-on an id names, for DescribeUpdate: {@code [cluster, addon]}. */
  static CompositeId parse(String id) {
    return CompositeId.parse(id, SEPARATOR);
  }

  static String id(ResourceRequest.Addon request) {
    return CompositeId.of(request.clusterName(), SEPARATOR, request.name());
  }

  private static CloudResource toResource(Addon addon) {
    ResourceState state =
        switch (addon.status()) {
          case ACTIVE, UPDATING -> ResourceState.READY;
          case DELETING -> ResourceState.DELETING;
          case CREATE_FAILED, DELETE_FAILED, UPDATE_FAILED -> ResourceState.FAILED;
          default -> ResourceState.PENDING;
        };
    String issues =
        addon.health() == null
            ? ""
            : addon.health().issues().stream()
                .map(issue -> issue.codeAsString() + ": " + issue.message())
                .collect(Collectors.joining("; "));
    return Resources.of(
        ResourceKind.EKS_ADDON,
        CompositeId.of(addon.clusterName(), SEPARATOR, addon.addonName()),
        state,
        state == ResourceState.READY
            ? ""
            : addon.statusAsString() + (issues.isEmpty() ? "" : ": " + issues),
        addon.tags(),
        Resources.attributes()
            .put("clusterName", addon.clusterName())
            .put("name", addon.addonName())
            .put("version", addon.addonVersion())
            .put("arn", addon.addonArn())
            .put("configurationValues", addon.configurationValues())
            .build());
  }
}
