package dev.eksdesk.cloud.aws.resources;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The principal ARN an access entry accepts for a caller ARN. An SSO or assumed-role session
 * ({@code arn:aws:sts::123:assumed-role/Name/session}) is its role, whose ARN includes a path (SSO
 * roles live under {@code /aws-reserved/sso.amazonaws.com/}), so IAM is asked for it.
 */
final class AccessEntryPrincipal {
  private static final Pattern ASSUMED_ROLE =
      Pattern.compile("arn:(aws[\\w-]*):sts::(\\d{12}):assumed-role/([^/]+)/.+");

  private final IamClient iam;

  AccessEntryPrincipal(IamClient iam) {
    this.iam = iam;
  }

  String of(String callerArn) {
    Matcher session = ASSUMED_ROLE.matcher(callerArn);
    if (!session.matches()) {
      return callerArn;
    }
    String roleName = session.group(3);
    return iam.getRole(r -> r.roleName(roleName)).role().arn();
  }
}
