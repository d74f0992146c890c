package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.PermissionCheck;
import dev.eksdesk.cloud.CallerIdentity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.GetRoleRequest;
import software.amazon.awssdk.services.iam.model.GetRoleResponse;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyRequest;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyResponse;

/**
 * The "allowed / denied" path, which moto cannot serve: IAM is stubbed with the answers real IAM
 * gives, and records which principal was simulated.
 */
class PermissionPreflightTest {

  private final List<String> simulatedPrincipals = new ArrayList<>();

  private final IamClient iam =
      new IamClient() {
        @Override
        public SimulatePrincipalPolicyResponse simulatePrincipalPolicy(
            SimulatePrincipalPolicyRequest request) {
          simulatedPrincipals.add(request.policySourceArn());
          return SimulatePrincipalPolicyResponse.builder()
              .evaluationResults(
                  request.actionNames().stream()
                      .map(
                          action ->
                              EvaluationResult.builder()
                                  .evalActionName(action)
                                  .evalDecision(
                                      action.startsWith("iam:")
                                          ? PolicyEvaluationDecisionType.IMPLICIT_DENY
                                          : PolicyEvaluationDecisionType.ALLOWED)
                                  .build())
                      .toList())
              .isTruncated(false)
              .build();
        }

        @Override
        public GetRoleResponse getRole(GetRoleRequest request) {
          return GetRoleResponse.builder()
              .role(
                  Role.builder()
                      .arn(
                          "arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/"
                              + request.roleName())
                      .build())
              .build();
        }

        @Override
        public String serviceName() {
          return "iam";
        }

        @Override
        public void close() {}
      };

  private final PermissionPreflight preflight =
      new PermissionPreflight(iam, new AwsErrors(new AccountChoice.Profile("work"), false));

  private static final List<String> ACTIONS =
      List.of("ec2:CreateVpc", "iam:CreateRole", "eks:CreateCluster", "iam:PassRole");

  @Test
  void listsTheDeniedActionsForAUser() {
    PermissionCheck check =
        preflight.check(
            new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/ana"), ACTIONS);

    assertThat(check)
        .isEqualTo(new PermissionCheck.Checked(List.of("iam:CreateRole", "iam:PassRole")));
    assertThat(simulatedPrincipals).containsExactly("arn:aws:iam::123456789012:user/ana");
  }

  @Test
  void simulatesARoleSessionAsItsRoleWithThePath() {
    preflight.check(
        new CallerIdentity(
            "123456789012",
            "arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Admin_abc/ana@example.com"),
        ACTIONS);

    assertThat(simulatedPrincipals)
        .containsExactly(
            "arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_abc");
  }

  @Test
  void rootIsNotSimulated() {
    PermissionCheck check =
        preflight.check(
            new CallerIdentity("123456789012", "arn:aws:iam::123456789012:root"), ACTIONS);

    assertThat(check).isInstanceOf(PermissionCheck.Unchecked.class);
    assertThat(simulatedPrincipals).isEmpty();
  }
}
