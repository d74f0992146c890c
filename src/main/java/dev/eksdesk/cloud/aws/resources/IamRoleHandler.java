package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.TagQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * CreateRole trusted by one service principal; id is the role name. Roles live under the path
 * {@value #PATH} so the inventory lists Eksdesk's roles with one ListRoles call instead of a
 * ListRoleTags call for every role in the account.
 */
final class IamRoleHandler implements CreatingHandler<ResourceRequest.IamRole>, TaggedInventory {
  static final String PATH = "/eksdesk/";

  private final IamClient iam;

  IamRoleHandler(IamClient iam) {
    this.iam = iam;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.IAM_ROLE;
  }

  @Override
  public Class<ResourceRequest.IamRole> requestType() {
    return ResourceRequest.IamRole.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.IamRole request, ClientToken token, Map<String, String> tags) {
    Role role =
        iam.createRole(
                r ->
                    r.roleName(request.name())
                        .path(PATH)
                        .description(request.description())
                        .assumeRolePolicyDocument(trustPolicy(request.trustedService()))
                        .tags(Tags.toList(tags, (k, v) -> Tag.builder().key(k).value(v).build())))
            .role();
    return CreateResult.of(toResource(role, tags));
  }

  /** By name (IAM names are unique per account); adopted only if it carries this step's tags. */
  @Override
  public Optional<CloudResource> find(ResourceRequest.IamRole request, Map<String, String> tags) {
    return describe(request.name()).filter(role -> Tags.sameStep(role.tags(), tags));
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    Role role = iam.getRole(r -> r.roleName(id)).role();
    return Optional.of(toResource(role, tagsOf(role)));
  }

  @Override
  public void delete(String id) {
    iam.deleteRole(r -> r.roleName(id));
  }

  @Override
  public List<CloudResource> candidates(TagQuery query) {
    return iam.listRolesPaginator(r -> r.pathPrefix(PATH)).roles().stream()
        .map(role -> toResource(role, roleTags(role.roleName())))
        .toList();
  }

  private Map<String, String> roleTags(String roleName) {
    return Tags.toMap(
        iam.listRoleTagsPaginator(r -> r.roleName(roleName)).tags().stream().toList(),
        Tag::key,
        Tag::value);
  }

  private static Map<String, String> tagsOf(Role role) {
    return Tags.toMap(role.tags(), Tag::key, Tag::value);
  }

  private static String trustPolicy(String service) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"Service\":\""
        + service
        + "\"},\"Action\":\"sts:AssumeRole\"}]}";
  }

  private static CloudResource toResource(Role role, Map<String, String> tags) {
    return Resources.ready(
        ResourceKind.IAM_ROLE,
        role.roleName(),
        tags,
        Resources.attributes().put("name", role.roleName()).put("arn", role.arn()).build());
  }
}
