package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/**
 * Revokes every rule of the VPC's default security group (AWS opens it to itself and all egress),
 * as CIS AWS 5.4 asks; id {@code vpcId|default-security-group}. Found only while the group has no
 * rule, so a rule added later is revoked by the next apply. Delete does nothing: the group is the
 * VPC's and goes with it.
 */
final class DefaultSecurityGroupHandler
    implements CreatingHandler<ResourceRequest.DefaultSecurityGroupEmptied> {
  private static final String SEPARATOR = "|";
  private static final String SUFFIX = "default-security-group";
  private final Ec2Client ec2;

  DefaultSecurityGroupHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.DEFAULT_SECURITY_GROUP_EMPTIED;
  }

  @Override
  public Class<ResourceRequest.DefaultSecurityGroupEmptied> requestType() {
    return ResourceRequest.DefaultSecurityGroupEmptied.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.DefaultSecurityGroupEmptied request,
      ClientToken token,
      Map<String, String> tags) {
    SecurityGroup group = defaultGroup(request.vpcId());
    if (!group.ipPermissions().isEmpty()) {
      ec2.revokeSecurityGroupIngress(
          r -> r.groupId(group.groupId()).ipPermissions(group.ipPermissions()));
    }
    if (!group.ipPermissionsEgress().isEmpty()) {
      ec2.revokeSecurityGroupEgress(
          r -> r.groupId(group.groupId()).ipPermissions(group.ipPermissionsEgress()));
    }
    return CreateResult.of(toResource(request.vpcId(), group.groupId()));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.DefaultSecurityGroupEmptied request, Map<String, String> tags) {
    return describe(CompositeId.of(request.vpcId(), SEPARATOR, SUFFIX));
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    String vpcId = CompositeId.parse(id, SEPARATOR).parent();
    SecurityGroup group = defaultGroup(vpcId);
    boolean empty = group.ipPermissions().isEmpty() && group.ipPermissionsEgress().isEmpty();
    return empty ? Optional.of(toResource(vpcId, group.groupId())) : Optional.empty();
  }

  @Override
  public void delete(String id) {}

  /** Every VPC has exactly one group named "default"; a VPC that is gone fails with NotFound. */
  private SecurityGroup defaultGroup(String vpcId) {
    return ec2
        .describeSecurityGroups(
            r ->
                r.filters(Ec2Tags.filter("vpc-id", vpcId), Ec2Tags.filter("group-name", "default")))
        .securityGroups()
        .stream()
        .findFirst()
        .orElseThrow(
            () ->
                software.amazon.awssdk.services.ec2.model.Ec2Exception.builder()
                    .statusCode(400)
                    .awsErrorDetails(
                        software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                            .serviceName("EC2")
                            .errorCode("InvalidVpcID.NotFound")
                            .errorMessage("The vpc ID '" + vpcId + "' does not exist")
                            .build())
                    .build());
  }

  private static CloudResource toResource(String vpcId, String groupId) {
    return Resources.ready(
        ResourceKind.DEFAULT_SECURITY_GROUP_EMPTIED,
        CompositeId.of(vpcId, SEPARATOR, SUFFIX),
        Map.of(),
        Resources.attributes().put("groupId", groupId).put("rules", 0).build());
  }
}
