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
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * CreateInstanceProfile + AddRoleToInstanceProfile; id is the profile name. Profiles live under the
 * same path as Eksdesk's roles ({@link IamRoleHandler#PATH}) so one ListInstanceProfiles call lists
 * them. A profile found without its role (a crash between the two calls) gets it.
 */
final class InstanceProfileHandler
    implements CreatingHandler<ResourceRequest.InstanceProfile>, TaggedInventory {
  private final IamClient iam;

  InstanceProfileHandler(IamClient iam) {
    this.iam = iam;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.INSTANCE_PROFILE;
  }

  @Override
  public Class<ResourceRequest.InstanceProfile> requestType() {
    return ResourceRequest.InstanceProfile.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.InstanceProfile request, ClientToken token, Map<String, String> tags) {
    iam.createInstanceProfile(
        r ->
            r.instanceProfileName(request.name())
                .path(IamRoleHandler.PATH)
                .tags(Tags.toList(tags, (k, v) -> Tag.builder().key(k).value(v).build())));
    iam.addRoleToInstanceProfile(
        r -> r.instanceProfileName(request.name()).roleName(request.roleName()));
    return CreateResult.of(describe(request.name()).orElseThrow());
  }

  /** By name; adopted only if it carries this step's tags. */
  @Override
  public Optional<CloudResource> find(
      ResourceRequest.InstanceProfile request, Map<String, String> tags) {
    Optional<CloudResource> found =
        describe(request.name()).filter(profile -> Tags.sameStep(profile.tags(), tags));
    found
        .filter(profile -> profile.attribute("roleName").isEmpty())
        .ifPresent(
            profile ->
                iam.addRoleToInstanceProfile(
                    r -> r.instanceProfileName(request.name()).roleName(request.roleName())));
    return found.isPresent() ? describe(request.name()) : found;
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    return Optional.of(
        toResource(iam.getInstanceProfile(r -> r.instanceProfileName(id)).instanceProfile()));
  }

  /** IAM refuses to delete a profile that still holds a role. */
  @Override
  public void delete(String id) {
    InstanceProfile profile =
        iam.getInstanceProfile(r -> r.instanceProfileName(id)).instanceProfile();
    profile
        .roles()
        .forEach(
            role ->
                iam.removeRoleFromInstanceProfile(
                    r -> r.instanceProfileName(id).roleName(role.roleName())));
    iam.deleteInstanceProfile(r -> r.instanceProfileName(id));
  }

  /** ListInstanceProfiles leaves tags out; GetInstanceProfile has them. */
  @Override
  public List<CloudResource> candidates(TagQuery query) {
    return iam
        .listInstanceProfilesPaginator(r -> r.pathPrefix(IamRoleHandler.PATH))
        .instanceProfiles()
        .stream()
        .map(profile -> describe(profile.instanceProfileName()).orElseThrow())
        .toList();
  }

  private static CloudResource toResource(InstanceProfile profile) {
    return toResource(profile, Tags.toMap(profile.tags(), Tag::key, Tag::value));
  }

  private static CloudResource toResource(InstanceProfile profile, Map<String, String> tags) {
    return Resources.ready(
        ResourceKind.INSTANCE_PROFILE,
        profile.instanceProfileName(),
        tags,
        Resources.attributes()
            .put("name", profile.instanceProfileName())
            .put("arn", profile.arn())
            .put("roleName", profile.roles().isEmpty() ? "" : profile.roles().get(0).roleName())
            .build());
  }
}
