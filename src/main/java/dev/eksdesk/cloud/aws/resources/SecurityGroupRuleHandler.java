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
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;

/**
 * AuthorizeSecurityGroupIngress with TagSpecifications, so the rule itself carries the step tags;
 * the id is the rule id (sgr-...). Revoking needs the group, which Describe supplies.
 */
final class SecurityGroupRuleHandler
    implements CreatingHandler<ResourceRequest.SecurityGroupIngress>, Ec2Described {
  private final Ec2Client ec2;

  SecurityGroupRuleHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.SECURITY_GROUP_RULE;
  }

  @Override
  public Class<ResourceRequest.SecurityGroupIngress> requestType() {
    return ResourceRequest.SecurityGroupIngress.class;
  }

  @Override
  public String idPrefix() {
    return "sgr-";
  }

  @Override
  public CreateResult create(
      ResourceRequest.SecurityGroupIngress request, ClientToken token, Map<String, String> tags) {
    SecurityGroupRule rule =
        ec2.authorizeSecurityGroupIngress(
                r ->
                    r.groupId(request.groupId())
                        .ipPermissions(permission(request))
                        .tagSpecifications(Ec2Tags.spec(ResourceType.SECURITY_GROUP_RULE, tags)))
            .securityGroupRules()
            .get(0);
    return CreateResult.of(toResource(rule));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.SecurityGroupIngress request, Map<String, String> tags) {
    return ec2
        .describeSecurityGroupRulesPaginator(r -> r.filters(Ec2Tags.stepFilters(tags)))
        .securityGroupRules()
        .stream()
        .findFirst()
        .map(SecurityGroupRuleHandler::toResource);
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2
        .describeSecurityGroupRulesPaginator(r -> r.securityGroupRuleIds(ids))
        .securityGroupRules()
        .stream()
        .map(SecurityGroupRuleHandler::toResource)
        .toList();
  }

  @Override
  public void delete(String id) {
    for (CloudResource rule : describeAll(List.of(id))) {
      ec2.revokeSecurityGroupIngress(
          r -> r.groupId(rule.attribute("groupId")).securityGroupRuleIds(id));
    }
  }

  private static IpPermission permission(ResourceRequest.SecurityGroupIngress request) {
    IpPermission.Builder permission =
        IpPermission.builder()
            .ipProtocol(request.protocol())
            .fromPort(request.fromPort())
            .toPort(request.toPort());
    if (request.sourceCidr().isEmpty()) {
      permission.userIdGroupPairs(
          p -> p.groupId(request.sourceGroupId()).description(request.description()));
    } else {
      permission.ipRanges(r -> r.cidrIp(request.sourceCidr()).description(request.description()));
    }
    return permission.build();
  }

  private static CloudResource toResource(SecurityGroupRule rule) {
    return Resources.ready(
        ResourceKind.SECURITY_GROUP_RULE,
        rule.securityGroupRuleId(),
        Ec2Tags.map(rule.tags()),
        Resources.attributes()
            .put("groupId", rule.groupId())
            .put("protocol", rule.ipProtocol())
            .put("fromPort", rule.fromPort())
            .put("toPort", rule.toPort())
            .put("sourceCidr", rule.cidrIpv4())
            .put(
                "sourceGroupId",
                rule.referencedGroupInfo() == null ? null : rule.referencedGroupInfo().groupId())
            .build());
  }
}
