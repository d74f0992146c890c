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
import software.amazon.awssdk.services.eks.model.AuthenticationMode;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.CreateClusterRequest;
import software.amazon.awssdk.services.eks.model.LogSetup;
import software.amazon.awssdk.services.eks.model.LogType;
import software.amazon.awssdk.services.eks.model.VpcConfigRequest;

/**
 * CreateCluster (clientRequestToken) with the plan's endpoint access, control-plane logging and
 * authentication mode; id is the cluster name. CREATING → ACTIVE.
 */
final class EksClusterHandler
    implements CreatingHandler<ResourceRequest.EksCluster>, TaggedInventory {
  private final EksClient eks;

  EksClusterHandler(EksClient eks) {
    this.eks = eks;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.EKS_CLUSTER;
  }

  @Override
  public Class<ResourceRequest.EksCluster> requestType() {
    return ResourceRequest.EksCluster.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.EksCluster request, ClientToken token, Map<String, String> tags) {
    CreateClusterRequest.Builder create =
        CreateClusterRequest.builder()
            .name(request.name())
            .version(request.kubernetesVersion())
            .roleArn(request.roleArn())
            .clientRequestToken(token.value())
            .tags(tags)
            .resourcesVpcConfig(vpcConfig(request))
            .accessConfig(
                a ->
                    a.authenticationMode(
                        AuthenticationMode.fromValue(request.authenticationMode())));
    if (!request.logTypes().isEmpty()) {
      create.logging(
          l ->
              l.clusterLogging(
                  LogSetup.builder().typesWithStrings(request.logTypes()).enabled(true).build()));
    }
    Cluster cluster = eks.createCluster(create.build()).cluster();
    return CreateResult.of(toResource(cluster));
  }

  /** The public endpoint's CIDRs only when it is on: EKS refuses them otherwise. */
  private static VpcConfigRequest vpcConfig(ResourceRequest.EksCluster request) {
    VpcConfigRequest.Builder vpc =
        VpcConfigRequest.builder()
            .subnetIds(request.subnetIds())
            .securityGroupIds(request.securityGroupIds())
            .endpointPrivateAccess(request.endpointPrivateAccess())
            .endpointPublicAccess(request.endpointPublicAccess());
    if (request.endpointPublicAccess()) {
      vpc.publicAccessCidrs(request.publicAccessCidrs());
    }
    return vpc.build();
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.EksCluster request, Map<String, String> tags) {
    return describe(request.name()).filter(cluster -> Tags.sameStep(cluster.tags(), tags));
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    return Optional.of(toResource(eks.describeCluster(r -> r.name(id)).cluster()));
  }

  /** Refused with ResourceInUseException while node groups remain. */
  @Override
  public void delete(String id) {
    eks.deleteCluster(r -> r.name(id));
  }

  @Override
  public List<CloudResource> candidates(TagQuery query) {
    return eks.listClustersPaginator(r -> {}).clusters().stream()
        .map(name -> toResource(eks.describeCluster(r -> r.name(name)).cluster()))
        .toList();
  }

  static CloudResource toResource(Cluster cluster) {
    ResourceState state =
        switch (cluster.status()) {
          case ACTIVE, UPDATING -> ResourceState.READY;
          case DELETING -> ResourceState.DELETING;
          case FAILED -> ResourceState.FAILED;
          default -> ResourceState.PENDING;
        };
    String logging =
        cluster.logging() == null
            ? ""
            : cluster.logging().clusterLogging().stream()
                .filter(setup -> Boolean.TRUE.equals(setup.enabled()))
                .flatMap(setup -> setup.types().stream())
                .map(LogType::toString)
                .collect(Collectors.joining(","));
    var vpc = cluster.resourcesVpcConfig();
    return Resources.of(
        ResourceKind.EKS_CLUSTER,
        cluster.name(),
        state,
        state == ResourceState.READY ? "" : cluster.statusAsString(),
        cluster.tags(),
        Resources.attributes()
            .put("name", cluster.name())
            .put("arn", cluster.arn())
            .put("endpoint", cluster.endpoint())
            .put("version", cluster.version())
            .put("roleArn", cluster.roleArn())
            .put("vpcId", vpc == null ? null : vpc.vpcId())
            .put("subnetIds", vpc == null ? null : String.join(",", vpc.subnetIds()))
            .put("clusterSecurityGroupId", vpc == null ? null : vpc.clusterSecurityGroupId())
            .put("endpointPrivateAccess", vpc == null ? null : vpc.endpointPrivateAccess())
            .put("endpointPublicAccess", vpc == null ? null : vpc.endpointPublicAccess())
            .put(
                "publicAccessCidrs", vpc == null ? null : String.join(",", vpc.publicAccessCidrs()))
            .put("logging", logging)
            .put(
                "authenticationMode",
                cluster.accessConfig() == null
                    ? null
                    : cluster.accessConfig().authenticationModeAsString())
            .build());
  }
}
