package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.iam.IamClient;

/** AttachRolePolicy of a managed policy; id {@code roleName|policyArn}, found through the role. */
final class RolePolicyAttachmentHandler
    implements CreatingHandler<ResourceRequest.RolePolicyAttachment> {
  private static final String SEPARATOR = "|";
  private final IamClient iam;

  RolePolicyAttachmentHandler(IamClient iam) {
    this.iam = iam;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.ROLE_POLICY_ATTACHMENT;
  }

  @Override
  public Class<ResourceRequest.RolePolicyAttachment> requestType() {
    return ResourceRequest.RolePolicyAttachment.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.RolePolicyAttachment request, ClientToken token, Map<String, String> tags) {
    iam.attachRolePolicy(r -> r.roleName(request.roleName()).policyArn(request.policyArn()));
    return CreateResult.of(toResource(id(request)));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.RolePolicyAttachment request, Map<String, String> tags) {
    return describe(id(request));
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    CompositeId attachment = CompositeId.parse(id, SEPARATOR);
    boolean attached =
        iam
            .listAttachedRolePoliciesPaginator(r -> r.roleName(attachment.parent()))
            .attachedPolicies()
            .stream()
            .anyMatch(p -> attachment.key().equals(p.policyArn()));
    return attached ? Optional.of(toResource(id)) : Optional.empty();
  }

  @Override
  public void delete(String id) {
    CompositeId attachment = CompositeId.parse(id, SEPARATOR);
    iam.detachRolePolicy(r -> r.roleName(attachment.parent()).policyArn(attachment.key()));
  }

  private static String id(ResourceRequest.RolePolicyAttachment request) {
    return CompositeId.of(request.roleName(), SEPARATOR, request.policyArn());
  }

  private static CloudResource toResource(String id) {
    CompositeId attachment = CompositeId.parse(id, SEPARATOR);
    return Resources.ready(
        ResourceKind.ROLE_POLICY_ATTACHMENT,
        id,
        Map.of(),
        Resources.attributes()
            .put("roleName", attachment.parent())
            .put("policyArn", attachment.key())
            .build());
  }
}
