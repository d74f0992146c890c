package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountProblem;
import dev.eksdesk.account.PermissionCheck;
import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.CloudFailure;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;

/**
 * Before any change, asks IAM (SimulatePrincipalPolicy) which of the actions a plan needs the
 * caller may not perform, so a missing permission shows up on the review page and not half-way
 * through an apply. The check is best effort: it needs iam:SimulatePrincipalPolicy itself.
 */
public final class PermissionPreflight {

  private static final String CONTINUE_ANYWAY =
      "You can continue; a missing permission will be reported when the step that needs it runs.";

  private final IamClient iam;
  private final AwsErrors errors;

  public PermissionPreflight(IamClient iam, AwsErrors errors) {
    this.iam = iam;
    this.errors = errors;
  }

  public PermissionCheck check(CallerIdentity caller, List<String> actions) {
    if (caller.isRoot()) {
      return unchecked(
          "IAM cannot simulate the root user; root may do everything unless an organization"
              + " policy forbids it.");
    }
    try {
      Optional<String> principal = simulatablePrincipal(caller.arn());
      if (principal.isEmpty()) {
        return unchecked("IAM cannot simulate this kind of principal: " + caller.arn());
      }
      List<String> denied =
          iam
              .simulatePrincipalPolicyPaginator(
                  request -> request.policySourceArn(principal.get()).actionNames(actions))
              .evaluationResults()
              .stream()
              .filter(result -> result.evalDecision() != PolicyEvaluationDecisionType.ALLOWED)
              .map(EvaluationResult::evalActionName)
              .toList();
      return new PermissionCheck.Checked(denied);
    } catch (SdkException e) {
      CloudFailure failure = errors.translate(e);
      return unchecked("Could not check permissions. " + failure.message());
    }
  }

  /**
   * Users simulate as themselves. A role session (SSO included) must be simulated as its role,
   * whose ARN may hold a path the session ARN leaves out, so it is looked up by name.
   */
  private Optional<String> simulatablePrincipal(String callerArn) {
    String[] parts = callerArn.split(":", 6);
    if (parts.length < 6) {
      return Optional.empty();
    }
    String service = parts[2];
    String resource = parts[5];
    if (service.equals("iam") && resource.startsWith("user/")) {
      return Optional.of(callerArn);
    }
    if (service.equals("sts") && resource.startsWith("assumed-role/")) {
      String roleName = resource.split("/")[1];
      return Optional.of(iam.getRole(request -> request.roleName(roleName)).role().arn());
    }
    return Optional.empty();
  }

  private static PermissionCheck unchecked(String message) {
    return new PermissionCheck.Unchecked(new AccountProblem(message, CONTINUE_ANYWAY));
  }
}
