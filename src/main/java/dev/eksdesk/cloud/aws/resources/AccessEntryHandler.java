package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.AccessScopeType;

/**
 * CreateAccessEntry + AssociateAccessPolicy at cluster scope; id {@code cluster|principalArn} with
 * the principal as EKS knows it (a role ARN, never an STS session ARN). Found only when the policy
 * is associated, so an entry a crash left without it gets it on the next apply.
 */
final class AccessEntryHandler implements CreatingHandler<ResourceRequest.AccessEntry> {
  private static final String SEPARATOR = "|";
  private final EksClient eks;
  private final AccessEntryPrincipal principals;

  AccessEntryHandler(EksClient eks, AccessEntryPrincipal principals) {
    this.eks = eks;
    this.principals = principals;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.EKS_ACCESS_ENTRY;
  }

  @Override
  public Class<ResourceRequest.AccessEntry> requestType() {
    return ResourceRequest.AccessEntry.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.AccessEntry request, ClientToken token, Map<String, String> tags) {
    String principal = principals.of(request.principalArn());
    try {
      eks.createAccessEntry(
          r ->
              r.clusterName(request.clusterName())
                  .principalArn(principal)
                  .clientRequestToken(token.value()));
    } catch (AwsServiceException e) {
      if (!"ResourceInUseException".equals(AwsCodes.of(e))) {
        throw e; // anything but "the entry exists already"
      }
    }
    eks.associateAccessPolicy(
        r ->
            r.clusterName(request.clusterName())
                .principalArn(principal)
                .policyArn(request.accessPolicyArn())
                .accessScope(s -> s.type(AccessScopeType.CLUSTER)));
    return CreateResult.of(toResource(request.clusterName(), principal, request.accessPolicyArn()));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.AccessEntry request, Map<String, String> tags) {
    String principal = principals.of(request.principalArn());
    boolean associated =
        eks
            .listAssociatedAccessPoliciesPaginator(
                r -> r.clusterName(request.clusterName()).principalArn(principal))
            .associatedAccessPolicies()
            .stream()
            .anyMatch(p -> request.accessPolicyArn().equals(p.policyArn()));
    return associated
        ? Optional.of(toResource(request.clusterName(), principal, request.accessPolicyArn()))
        : Optional.empty();
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    CompositeId entry = CompositeId.parse(id, SEPARATOR);
    eks.describeAccessEntry(r -> r.clusterName(entry.parent()).principalArn(entry.key()));
    return Optional.of(toResource(entry.parent(), entry.key(), ""));
  }

  @Override
  public void delete(String id) {
    CompositeId entry = CompositeId.parse(id, SEPARATOR);
    eks.deleteAccessEntry(r -> r.clusterName(entry.parent()).principalArn(entry.key()));
  }

  /** The id of the entry for a principal as EKS knows it (see {@link AccessEntryPrincipal}). */
  static String id(String cluster, String principal) {
    return CompositeId.of(cluster, SEPARATOR, principal);
  }

  private static CloudResource toResource(String cluster, String principal, String policyArn) {
    return Resources.ready(
        ResourceKind.EKS_ACCESS_ENTRY,
        id(cluster, principal),
        Map.of(),
        Resources.attributes()
            .put("clusterName", cluster)
            .put("principalArn", principal)
            .put("accessPolicyArn", policyArn)
            .build());
  }
}
