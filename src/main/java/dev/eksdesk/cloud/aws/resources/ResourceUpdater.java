package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.UpdateOperation;
import dev.eksdesk.cloud.UpdateResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.eks.model.LogSetup;
import software.amazon.awssdk.services.eks.model.LogType;
import software.amazon.awssdk.services.eks.model.Update;
import software.amazon.awssdk.services.eks.model.UpdateStatus;
import software.amazon.awssdk.services.eks.model.VpcConfigRequest;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * The in-place updates of {@link UpdateOperation}: EKS's UpdateNodegroupConfig,
 * UpdateNodegroupVersion, UpdateClusterConfig, UpdateClusterVersion and UpdateAddon
 * (clientRequestToken, polled with DescribeUpdate), EC2's ReplaceRoute and a rule's revoke +
 * authorize, and each service's tag call.
 */
public final class ResourceUpdater {
  private final SdkClients clients;
  private final ResourceHandlers handlers;

  public ResourceUpdater(SdkClients clients, ResourceHandlers handlers) {
    this.clients = clients;
    this.handlers = handlers;
  }

  public UpdateResult update(
      ResourceKind kind,
      String id,
      UpdateOperation operation,
      ResourceRequest desired,
      Map<String, String> tags,
      ClientToken token) {
    var eks = clients.eks();
    return switch (operation) {
      case TAGS -> {
        tag(kind, id, tags);
        yield UpdateResult.done(id);
      }
      case NODEGROUP_SCALING -> {
        ResourceRequest.NodeGroup g = (ResourceRequest.NodeGroup) desired;
        CompositeId group = NodeGroupHandler.parse(id);
        yield started(
            id,
            eks.updateNodegroupConfig(
                    r ->
                        r.clusterName(group.parent())
                            .nodegroupName(group.key())
                            .scalingConfig(
                                s ->
                                    s.minSize(g.minSize())
                                        .maxSize(g.maxSize())
                                        .desiredSize(g.desiredSize()))
                            .clientRequestToken(token.value()))
                .update());
      }
      case NODEGROUP_LABELS -> {
        ResourceRequest.NodeGroup g = (ResourceRequest.NodeGroup) desired;
        CompositeId group = NodeGroupHandler.parse(id);
        var current =
            eks.describeNodegroup(r -> r.clusterName(group.parent()).nodegroupName(group.key()))
                .nodegroup();
        yield started(
            id,
            eks.updateNodegroupConfig(
                    r ->
                        r.clusterName(group.parent())
                            .nodegroupName(group.key())
                            .labels(NodeGroupLabels.labelsUpdate(current, g.labels()))
                            .taints(NodeGroupLabels.taintsUpdate(current, g.taints()))
                            .clientRequestToken(token.value()))
                .update());
      }
      case NODEGROUP_VERSION ->
          started(
              id,
              eks.updateNodegroupVersion(
                      VersionUpdates.nodeGroup(
                          id, ((ResourceRequest.NodeGroup) desired).kubernetesVersion(), token))
                  .update());
      case CLUSTER_ENDPOINT -> {
        ResourceRequest.EksCluster c = (ResourceRequest.EksCluster) desired;
        VpcConfigRequest.Builder vpc =
            VpcConfigRequest.builder()
                .endpointPrivateAccess(c.endpointPrivateAccess())
                .endpointPublicAccess(c.endpointPublicAccess());
        if (c.endpointPublicAccess()) {
          vpc.publicAccessCidrs(c.publicAccessCidrs());
        }
        yield started(
            id,
            eks.updateClusterConfig(
                    r ->
                        r.name(id)
                            .resourcesVpcConfig(vpc.build())
                            .clientRequestToken(token.value()))
                .update());
      }
      case CLUSTER_LOGGING -> {
        ResourceRequest.EksCluster c = (ResourceRequest.EksCluster) desired;
        List<LogSetup> setups = new ArrayList<>();
        List<String> off = new ArrayList<>();
        for (LogType type : LogType.knownValues()) {
          if (!c.logTypes().contains(type.toString())) {
            off.add(type.toString());
          }
        }
        if (!c.logTypes().isEmpty()) {
          setups.add(LogSetup.builder().typesWithStrings(c.logTypes()).enabled(true).build());
        }
        if (!off.isEmpty()) {
          setups.add(LogSetup.builder().typesWithStrings(off).enabled(false).build());
        }
        yield started(
            id,
            eks.updateClusterConfig(
                    r ->
                        r.name(id)
                            .logging(l -> l.clusterLogging(setups))
                            .clientRequestToken(token.value()))
                .update());
      }
      case CLUSTER_VERSION ->
          started(
              id,
              eks.updateClusterVersion(
                      VersionUpdates.cluster(
                          id, ((ResourceRequest.EksCluster) desired).kubernetesVersion(), token))
                  .update());
      case ADDON_VERSION -> {
        ResourceRequest.Addon addon = (ResourceRequest.Addon) desired;
        String version =
            addonVersion(addon.name(), addon.kubernetesVersion())
                .orElseThrow(
                    () ->
                        new CloudException(
                            FailureKind.INVALID,
                            "InvalidParameterException",
                            "EKS offers no version of "
                                + addon.name()
                                + " for Kubernetes "
                                + addon.kubernetesVersion()));
        yield started(id, eks.updateAddon(VersionUpdates.addon(id, version, token)).update());
      }
      case ADDON_CONFIGURATION ->
          started(
              id,
              eks.updateAddon(
                      AddonHandler.configurationUpdate(id, (ResourceRequest.Addon) desired, token))
                  .update());
      case RULE_SOURCE -> {
        ResourceRequest.SecurityGroupIngress rule = (ResourceRequest.SecurityGroupIngress) desired;
        handlers.handler(ResourceKind.SECURITY_GROUP_RULE).delete(id);
        yield UpdateResult.done(handlers.creating(rule).create(rule, token, tags).resource().id());
      }
      case ROUTE_TARGET -> {
        ResourceRequest.Route route = (ResourceRequest.Route) desired;
        clients
            .ec2()
            .replaceRoute(
                r -> {
                  r.routeTableId(route.routeTableId())
                      .destinationCidrBlock(route.destinationCidr());
                  if (route.targetId().startsWith("nat-")) {
                    r.natGatewayId(route.targetId());
                  } else {
                    r.gatewayId(route.targetId());
                  }
                });
        yield UpdateResult.done(id);
      }
      case INSTANCE_PROFILE -> {
        instanceProfile(id, ((ResourceRequest.Instance) desired).instanceProfileName());
        yield UpdateResult.done(id);
      }
      case ENDPOINT_POLICY -> {
        clients
            .ec2()
            .modifyVpcEndpoint(
                r ->
                    r.vpcEndpointId(id)
                        .policyDocument(
                            ((ResourceRequest.GatewayEndpoint) desired).policyDocument()));
        yield UpdateResult.done(id);
      }
    };
  }

  /** Associates the profile, or replaces the instance's current one. */
  private void instanceProfile(String instanceId, String profileName) {
    var ec2 = clients.ec2();
    var current =
        ec2.describeIamInstanceProfileAssociations(
                r ->
                    r.filters(
                        f -> f.name("instance-id").values(instanceId),
                        f -> f.name("state").values("associating", "associated")))
            .iamInstanceProfileAssociations();
    if (current.isEmpty()) {
      ec2.associateIamInstanceProfile(
          r -> r.instanceId(instanceId).iamInstanceProfile(p -> p.name(profileName)));
    } else {
      ec2.replaceIamInstanceProfileAssociation(
          r ->
              r.associationId(current.get(0).associationId())
                  .iamInstanceProfile(p -> p.name(profileName)));
    }
  }

  /** DescribeAddonVersions: EKS's default version of the add-on for that Kubernetes version. */
  public java.util.Optional<String> addonVersion(String addon, String kubernetesVersion) {
    return VersionUpdates.defaultVersion(
        clients.eks().describeAddonVersions(VersionUpdates.addonVersions(addon, kubernetesVersion)),
        kubernetesVersion);
  }

  /** DescribeUpdate; EKS names the node group or the add-on for their updates. */
  public dev.eksdesk.cloud.UpdateStatus status(ResourceKind kind, String id, String updateId) {
    Update update =
        switch (kind) {
          case EKS_NODEGROUP -> {
            CompositeId group = NodeGroupHandler.parse(id);
            yield clients
                .eks()
                .describeUpdate(
                    r -> r.name(group.parent()).nodegroupName(group.key()).updateId(updateId))
                .update();
          }
          case EKS_ADDON -> {
            CompositeId addon = AddonHandler.parse(id);
            yield clients
                .eks()
                .describeUpdate(
                    r -> r.name(addon.parent()).addonName(addon.key()).updateId(updateId))
                .update();
          }
          default -> clients.eks().describeUpdate(r -> r.name(id).updateId(updateId)).update();
        };
    String reason =
        String.join(
            "; ",
            update.errors().stream()
                .map(e -> e.errorCodeAsString() + ": " + e.errorMessage())
                .toList());
    return switch (update.status()) {
      case SUCCESSFUL ->
          dev.eksdesk.cloud.UpdateStatus.of(dev.eksdesk.cloud.UpdateStatus.State.SUCCESSFUL);
      case FAILED, CANCELLED ->
          new dev.eksdesk.cloud.UpdateStatus(dev.eksdesk.cloud.UpdateStatus.State.FAILED, reason);
      default ->
          dev.eksdesk.cloud.UpdateStatus.of(dev.eksdesk.cloud.UpdateStatus.State.IN_PROGRESS);
    };
  }

  /**
   * An update EKS reports as already Successful needs no polling; an emulator that answers without
   * an update (moto's UpdateClusterConfig returns the cluster) has applied it at once.
   */
  private static UpdateResult started(String id, Update update) {
    return update == null || update.status() == UpdateStatus.SUCCESSFUL
        ? UpdateResult.done(id)
        : new UpdateResult(id, update.id());
  }

  /** Each service's tag call; only the given keys change. */
  private void tag(ResourceKind kind, String id, Map<String, String> tags) {
    switch (kind) {
      case IAM_ROLE ->
          clients
              .iam()
              .tagRole(
                  r ->
                      r.roleName(id)
                          .tags(
                              tags.entrySet().stream()
                                  .map(
                                      e ->
                                          software.amazon.awssdk.services.iam.model.Tag.builder()
                                              .key(e.getKey())
                                              .value(e.getValue())
                                              .build())
                                  .toList()));
      case INSTANCE_PROFILE ->
          clients
              .iam()
              .tagInstanceProfile(
                  r ->
                      r.instanceProfileName(id)
                          .tags(
                              Tags.toList(
                                  tags,
                                  (k, v) ->
                                      software.amazon.awssdk.services.iam.model.Tag.builder()
                                          .key(k)
                                          .value(v)
                                          .build())));
      case S3_BUCKET -> {
        Map<String, String> merged = new LinkedHashMap<>(bucketTags(id));
        merged.putAll(tags);
        clients
            .s3()
            .putBucketTagging(
                r ->
                    r.bucket(id)
                        .tagging(
                            t ->
                                t.tagSet(
                                    merged.entrySet().stream()
                                        .map(
                                            e ->
                                                Tag.builder()
                                                    .key(e.getKey())
                                                    .value(e.getValue())
                                                    .build())
                                        .toList())));
      }
      case CLOUDTRAIL_TRAIL ->
          clients
              .cloudTrail()
              .addTags(
                  r ->
                      r.resourceId(id)
                          .tagsList(
                              tags.entrySet().stream()
                                  .map(
                                      e ->
                                          software.amazon.awssdk.services.cloudtrail.model.Tag
                                              .builder()
                                              .key(e.getKey())
                                              .value(e.getValue())
                                              .build())
                                  .toList()));
      case EKS_CLUSTER, EKS_NODEGROUP, EKS_ADDON -> {
        String arn = handlers.handler(kind).describe(id).orElseThrow().attribute("arn");
        clients.eks().tagResource(r -> r.resourceArn(arn).tags(tags));
      }
      case ROUTE,
              ROUTE_TABLE_ASSOCIATION,
              ROLE_POLICY_ATTACHMENT,
              BUCKET_PUBLIC_ACCESS_BLOCK,
              BUCKET_ENCRYPTION,
              BUCKET_VERSIONING,
              BUCKET_TLS_POLICY,
              DEFAULT_SECURITY_GROUP_EMPTIED,
              EKS_ACCESS_ENTRY ->
          throw new CloudException(
              FailureKind.INVALID, "Unsupported", kind.displayName() + " carries no tags");
      case LOAD_BALANCER ->
          throw new CloudException(
              FailureKind.INVALID, "Unsupported", "Kubernetes tags its own load balancers");
      default -> clients.ec2().createTags(r -> r.resources(id).tags(Ec2Tags.list(tags)));
    }
  }

  private Map<String, String> bucketTags(String bucket) {
    try {
      Map<String, String> tags = new LinkedHashMap<>();
      clients
          .s3()
          .getBucketTagging(r -> r.bucket(bucket))
          .tagSet()
          .forEach(t -> tags.put(t.key(), t.value()));
      return tags;
    } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
      return Map.of(); // NoSuchTagSet: the bucket has none yet
    }
  }
}
