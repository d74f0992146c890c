package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.aws.AwsFailures.Call;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The error codes AWS sends, built as the SDK builds them, mapped to what the engine decides on.
 */
class AwsFailuresTest {
  private final AwsFailures failures = new AwsFailures(new AccountChoice.Environment(), false);

  @ParameterizedTest(name = "{1} {0} ({2}) -> {3}")
  @CsvSource({
    "RequestLimitExceeded, CREATE, 503, THROTTLED",
    "ThrottlingException, DESCRIBE, 400, THROTTLED",
    "InvalidVpcID.NotFound, DESCRIBE, 400, NOT_FOUND",
    "InvalidVpcID.NotFound, CREATE, 400, EVENTUAL_CONSISTENCY",
    "NoSuchEntity, DELETE, 404, NOT_FOUND",
    "ResourceNotFoundException, DELETE, 404, NOT_FOUND",
    "DependencyViolation, DELETE, 400, DEPENDENCY_VIOLATION",
    "DeleteConflict, DELETE, 409, DEPENDENCY_VIOLATION",
    "ResourceInUseException, DELETE, 409, DEPENDENCY_VIOLATION",
    "InvalidNetworkInterface.InUse, DELETE, 400, DEPENDENCY_VIOLATION",
    "ResourceInUseException, CREATE, 409, INVALID",
    "EntityAlreadyExists, CREATE, 409, INVALID",
    "VpcLimitExceeded, CREATE, 400, QUOTA",
    "NatGatewayLimitExceeded, CREATE, 400, QUOTA",
    "ExpiredToken, DESCRIBE, 403, CREDENTIALS_EXPIRED",
    "UnauthorizedOperation, CREATE, 403, ACCESS_DENIED",
    "IdempotentParameterMismatch, CREATE, 400, INVALID",
    "Unsupported, CREATE, 400, INVALID",
  })
  void mapsCodesToFailureKinds(String code, Call call, int status, FailureKind expected) {
    CloudException e = failures.translate(error(code, status, "message"), call, "Create VPC");

    assertThat(e.kind()).isEqualTo(expected);
    assertThat(e.awsCode()).isEqualTo(code);
    assertThat(e.retryable()).isEqualTo(expected.retryableByDefault());
    assertThat(e.getMessage()).contains("Create VPC: ");
  }

  @ParameterizedTest
  @CsvSource({"CREATE, EVENTUAL_CONSISTENCY", "DESCRIBE, NOT_FOUND"})
  void aBareS3NotFoundIsNotFound(Call call, FailureKind expected) {
    assertThat(failures.translate(error(null, 404, null), call, "S3 bucket b").kind())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "'Error in role params', EVENTUAL_CONSISTENCY",
    "'Role arn:aws:iam::1:role/x cannot be assumed by eks.amazonaws.com', EVENTUAL_CONSISTENCY",
    "'Kubernetes version 1.2 is not supported', INVALID"
  })
  void eksRefusingAJustCreatedRoleIsRetried(String message, FailureKind expected) {
    assertThat(
            failures
                .translate(error("InvalidParameterException", 400, message), Call.CREATE, "x")
                .kind())
        .isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aBucketThatHoldsDataSaysHowToEmptyIt() {
    CloudException e =
        failures.translate(
            error("BucketNotEmpty", 409, "not empty"), Call.DELETE, "Delete S3 bucket b");

    assertThat(e.kind()).isEqualTo(FailureKind.INVALID);
    assertThat(e.getMessage()).contains("Delete S3 bucket b", "never deletes data", "aws s3 rm");
  }

  private static AwsServiceException error(String code, int status, String message) {
    return AwsServiceException.builder()
        .statusCode(status)
        .message(message)
        .awsErrorDetails(
            AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName("EC2")
                .build())
        .build();
  }
}
