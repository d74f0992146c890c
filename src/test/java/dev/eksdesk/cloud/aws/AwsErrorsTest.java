package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudFailure;
import dev.eksdesk.cloud.FailureKind;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.eks.model.ResourceLimitExceededException;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;
import software.amazon.awssdk.services.sts.model.ExpiredTokenException;

/** Exceptions built the way the SDK's protocol unmarshallers build them from AWS answers. */
class AwsErrorsTest {

  private final AwsErrors errors = new AwsErrors(new AccountChoice.Profile("work"), false);

  private static AwsServiceException ec2(String code, String message, int status) {
    return Ec2Exception.builder()
        .awsErrorDetails(
            AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName("Ec2")
                .build())
        .statusCode(status)
        .build();
  }

  @Test
  void accessDeniedNamesTheActionAndResource() {
    CloudFailure failure =
        errors.translate(
            ec2(
                "UnauthorizedOperation",
                "You are not authorized to perform this operation. User:"
                    + " arn:aws:iam::123456789012:user/ana is not authorized to perform:"
                    + " ec2:CreateVpc on resource: arn:aws:ec2:eu-west-1:123456789012:vpc/*"
                    + " because no identity-based policy allows the ec2:CreateVpc action."
                    + " Encoded authorization failure message: AbCd",
                403));

    assertThat(failure.kind()).isEqualTo(FailureKind.ACCESS_DENIED);
    assertThat(failure.message())
        .contains("ec2:CreateVpc")
        .contains("on arn:aws:ec2:eu-west-1:123456789012:vpc/*")
        .doesNotContain("because");
    assertThat(failure.nextAction())
        .contains("allow ec2:CreateVpc")
        .contains("decode-authorization-message");
    assertThat(failure.retryable()).isFalse();
  }

  @Test
  void accessDeniedWithoutDetailsKeepsAwsMessage() {
    CloudFailure failure = errors.translate(ec2("AccessDenied", "Access Denied", 403));

    assertThat(failure.kind()).isEqualTo(FailureKind.ACCESS_DENIED);
    assertThat(failure.message()).contains("Access Denied");
  }

  @Test
  void aRefusedConnectionToTheEndpointOverrideSaysToCheckTheEmulator() {
    CloudFailure failure =
        new AwsErrors(new AccountChoice.Profile("work"), true)
            .translate(
                SdkClientException.builder()
                    .message(
                        "Unable to execute HTTP request: Connection refused (SDK Attempt Count: 5)")
                    .cause(new java.net.ConnectException("Connection refused"))
                    .build());

    assertThat(failure.kind()).isEqualTo(FailureKind.UNKNOWN);
    assertThat(failure.message())
        .isEqualTo("Nothing answers at the endpoint override (Connection refused).");
    assertThat(failure.nextAction()).contains("emulator runs").contains("clear the endpoint");
  }

  /** moto answers bad keys on STS with a bare 403: no error code, no message. */
  @Test
  void aBare403FromTheIdentityCheckMeansTheCredentialsWereRefused() {
    AwsServiceException bare =
        software.amazon.awssdk.services.sts.model.StsException.builder()
            .awsErrorDetails(AwsErrorDetails.builder().serviceName("Sts").build())
            .statusCode(403)
            .build();
    AwsErrors keys =
        new AwsErrors(
            new AccountChoice.StaticKeys("AKIAEXAMPLE", "secret", java.util.Optional.empty()),
            true);

    assertThat(keys.translate(bare).kind()).isEqualTo(FailureKind.INVALID);
    CloudFailure failure = keys.translateIdentityCheck(bare);

    assertThat(failure.kind()).isEqualTo(FailureKind.CREDENTIALS_EXPIRED);
    assertThat(failure.message())
        .isEqualTo("The endpoint override did not accept these credentials (HTTP 403).");
    assertThat(failure.nextAction()).contains("access keys").contains("try again");
  }

  @ParameterizedTest
  @CsvSource({
    "ExpiredToken, The security token included in the request is expired",
    "InvalidClientTokenId, The security token included in the request is invalid.",
    "SignatureDoesNotMatch, The request signature we calculated does not match",
    "AuthFailure, AWS was not able to validate the provided access credentials"
  })
  void badCredentialsAdviseSigningInToTheProfileAgain(String code, String message) {
    CloudFailure failure =
        errors.translate(
            ExpiredTokenException.builder()
                .awsErrorDetails(
                    AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .serviceName("Sts")
                        .build())
                .statusCode(403)
                .build());

    assertThat(failure.kind()).isEqualTo(FailureKind.CREDENTIALS_EXPIRED);
    assertThat(failure.nextAction()).contains("aws sso login --profile work");
    assertThat(failure.retryable()).isFalse();
  }

  @Test
  void expiredSsoSessionAdvisesSsoLogin() {
    CloudFailure failure =
        errors.translate(
            UnauthorizedException.builder()
                .awsErrorDetails(
                    AwsErrorDetails.builder()
                        .errorCode("UnauthorizedException")
                        .errorMessage("Session token not found or invalid")
                        .serviceName("SSO")
                        .build())
                .statusCode(401)
                .build());

    assertThat(failure.kind()).isEqualTo(FailureKind.CREDENTIALS_EXPIRED);
    assertThat(failure.nextAction())
        .isEqualTo("Run `aws sso login --profile work`, then try again.");
  }

  @Test
  void environmentCredentialsGetEnvironmentAdvice() {
    CloudFailure failure =
        new AwsErrors(new AccountChoice.Environment(), false)
            .translate(ec2("AuthFailure", "AWS was not able to validate the credentials", 401));

    assertThat(failure.nextAction()).contains("AWS_ACCESS_KEY_ID").doesNotContain("sso");
  }

  @Test
  void unknownRegionHostIsUnreachableNotRetryable() {
    CloudFailure failure =
        errors.translate(
            SdkClientException.builder()
                .message(
                    "Received an UnknownHostException when attempting to interact with a service.")
                .cause(new UnknownHostException("ec2.eu-nowhere-1.amazonaws.com"))
                .build());

    assertThat(failure.kind()).isEqualTo(FailureKind.UNKNOWN);
    assertThat(failure.message()).contains("ec2.eu-nowhere-1.amazonaws.com");
    assertThat(failure.nextAction()).contains("region");
    assertThat(failure.retryable()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "VpcLimitExceeded, VPCs per Region",
    "AddressLimitExceeded, EC2-VPC Elastic IPs",
    "InstanceLimitExceeded, Running On-Demand instances"
  })
  void quotaErrorsNameTheQuota(String code, String quota) {
    CloudFailure failure = errors.translate(ec2(code, "The maximum number has been reached.", 400));

    assertThat(failure.kind()).isEqualTo(FailureKind.QUOTA);
    assertThat(failure.message()).contains(quota);
    assertThat(failure.nextAction()).contains("Service Quotas").contains(quota);
  }

  @Test
  void eksQuotaKeepsItsMessage() {
    CloudFailure failure =
        errors.translate(
            ResourceLimitExceededException.builder()
                .awsErrorDetails(
                    AwsErrorDetails.builder()
                        .errorCode("ResourceLimitExceededException")
                        .errorMessage("Cluster limit exceeded for account")
                        .serviceName("EKS")
                        .build())
                .statusCode(400)
                .build());

    assertThat(failure.kind()).isEqualTo(FailureKind.QUOTA);
    assertThat(failure.message()).contains("Cluster limit exceeded");
  }

  @Test
  void unsupportedInstanceTypeInZoneRepeatsAwsSuggestion() {
    CloudFailure failure =
        errors.translate(
            ec2(
                "Unsupported",
                "Your requested instance type (t3.micro) is not supported in your requested"
                    + " Availability Zone (us-east-1e). Please retry your request by not"
                    + " specifying an Availability Zone or choosing us-east-1a, us-east-1b,"
                    + " us-east-1c.",
                400));

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID);
    assertThat(failure.nextAction()).contains("us-east-1a, us-east-1b, us-east-1c");
  }

  @ParameterizedTest
  @CsvSource({"RequestLimitExceeded", "Throttling", "ThrottlingException"})
  void throttlingIsRetryable(String code) {
    CloudFailure failure = errors.translate(ec2(code, "Rate exceeded", 400));

    assertThat(failure.kind()).isEqualTo(FailureKind.THROTTLED);
    assertThat(failure.retryable()).isTrue();
  }

  @Test
  void dependencyViolationIsRetryable() {
    CloudFailure failure =
        errors.translate(
            ec2(
                "DependencyViolation",
                "The vpc 'vpc-1' has dependencies and cannot be deleted.",
                400));

    assertThat(failure.kind()).isEqualTo(FailureKind.DEPENDENCY_VIOLATION);
    assertThat(failure.retryable()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"InvalidVpcID.NotFound", "InvalidSubnetID.NotFound", "InvalidGroup.NotFound"})
  void notFoundCodesAreNotFound(String code) {
    CloudFailure failure = errors.translate(ec2(code, "The vpc ID 'vpc-1' does not exist", 400));

    assertThat(failure.kind()).isEqualTo(FailureKind.NOT_FOUND);
    assertThat(failure.message()).contains(code);
  }

  @Test
  void roleNotYetVisibleToEksIsRetryable() {
    CloudFailure failure =
        errors.translate(ec2("InvalidParameterException", "Error in role params", 400));

    assertThat(failure.kind()).isEqualTo(FailureKind.EVENTUAL_CONSISTENCY);
    assertThat(failure.retryable()).isTrue();
  }

  @Test
  void serverErrorsAreRetryable() {
    CloudFailure failure =
        errors.translate(ec2("InternalError", "An internal error has occurred", 500));

    assertThat(failure.kind()).isEqualTo(FailureKind.UNKNOWN);
    assertThat(failure.retryable()).isTrue();
  }

  @Test
  void whatTheEndpointAnswersSaysItLacksTheOperationWhateverEndpointItIs() {
    AwsServiceException bare500 = ec2("", "Service returned HTTP status code 500", 500);
    AwsServiceException unknown = ec2("InvalidAction", "The action DoIt is not valid", 400);
    AwsServiceException notImplemented = ec2("", "not yet implemented", 501);

    for (AwsErrors endpoint :
        List.of(errors, new AwsErrors(new AccountChoice.Environment(), true))) {
      for (AwsServiceException answer : List.of(bare500, unknown, notImplemented)) {
        CloudFailure failure = endpoint.translate(answer);
        assertThat(failure.message()).as(answer.getMessage()).contains("does not implement");
        assertThat(failure.message()).doesNotContain("override");
        assertThat(failure.kind()).isEqualTo(FailureKind.NOT_IMPLEMENTED);
        assertThat(failure.retryable()).isFalse();
      }
    }
  }

  @Test
  void unwrapsAsyncWrappersAndTimeouts() {
    CloudFailure failure =
        errors.translate(
            new CompletionException(
                ApiCallTimeoutException.builder()
                    .message("Client execution did not complete")
                    .build()));

    assertThat(failure.kind()).isEqualTo(FailureKind.UNKNOWN);
    assertThat(failure.retryable()).isTrue();
  }
}
