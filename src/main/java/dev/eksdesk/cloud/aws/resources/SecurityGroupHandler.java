package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/** CreateSecurityGroup; AWS adds the default allow-all egress rule itself. */
final class SecurityGroupHandler
    implements CreatingHandler<ResourceRequest.SecurityGroup>, Ec2Described {
  private final Ec2Client ec2;

  SecurityGroupHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.SECURITY_GROUP;
  }

  @Override
  public Class<ResourceRequest.SecurityGroup> requestType() {
    return ResourceRequest.SecurityGroup.class;
  }

  @Override
  public String idPrefix() {
    return "sg-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.SecurityGroup request, ClientToken token, Map<String, String> tags) {
    String id =
        ec2.createSecurityGroup(
                r ->
                    r.vpcId(request.vpcId())
                        .groupName(request.name())
                        .description(request.description())
                        .tagSpecifications(Ec2Tags.spec(ResourceType.SECURITY_GROUP, tags)))
            .groupId();
    return CreateResult.of(
        Resources.ready(
            ResourceKind.SECURITY_GROUP,
            id,
            tags,
            Resources.attributes()
                .put("vpcId", request.vpcId())
                .put("name", request.name())
                .build()));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.SecurityGroup request, Map<String, String> tags) {
    return ec2
        .describeSecurityGroupsPaginator(r -> r.filters(Ec2Tags.stepFilters(tags)))
        .securityGroups()
        .stream()
        .findFirst()
        .map(SecurityGroupHandler::toResource);
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2.describeSecurityGroupsPaginator(r -> r.groupIds(ids)).securityGroups().stream()
        .map(SecurityGroupHandler::toResource)
        .toList();
  }

  @Override
  public void delete(String id) {
    ec2.deleteSecurityGroup(r -> r.groupId(id));
  }

  private static CloudResource toResource(SecurityGroup group) {
    return Resources.ready(
        ResourceKind.SECURITY_GROUP,
        group.groupId(),
        Ec2Tags.map(group.tags()),
        Resources.attributes().put("vpcId", group.vpcId()).put("name", group.groupName()).build());
  }
}
