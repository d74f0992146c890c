package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudFailure;
import dev.eksdesk.cloud.FailureKind;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns SDK exceptions into the port's {@link CloudException}: the {@link FailureKind} the engine
 * decides on, and {@link AwsErrors}' words (what happened, what to do) as the message. Some codes
 * mean different things depending on the call, hence {@link Call}.
 */
final class AwsFailures {

  /** Which port method made the call. */
  enum Call {
    CREATE,
    UPDATE,
    DESCRIBE,
    DELETE,
    LIST
  }

  private static final Set<String> IN_USE =
      Set.of(
          "DependencyViolation",
          "DeleteConflict",
          "ResourceInUseException",
          "InvalidNetworkInterface.InUse",
          "InvalidIPAddress.InUse");

  private static final Set<String> NOT_FOUND =
      Set.of(
          "NoSuchEntity",
          "NoSuchBucket",
          "ResourceNotFoundException",
          "NotFoundException",
          "TrailNotFoundException",
          "NoSuchPublicAccessBlockConfiguration",
          "ServerSideEncryptionConfigurationNotFoundError",
          "InvalidAllocationID.NotFound",
          "InvalidAssociationID.NotFound");

  /** Create refusals that mean "a resource of that name exists, but not one of this step". */
  private static final Set<String> ALREADY_EXISTS =
      Set.of(
          "EntityAlreadyExists",
          "InvalidGroup.Duplicate",
          "InvalidKeyPair.Duplicate",
          "BucketAlreadyExists",
          "InvalidLaunchTemplateName.AlreadyExistsException",
          "ResourceInUseException",
          "TrailAlreadyExistsException");

  private final AwsErrors errors;

  AwsFailures(AccountChoice account, boolean emulator) {
    this.errors = new AwsErrors(account, emulator);
  }

  /**
   * @param subject what the call was about, e.g. "Create S3 bucket b1", to start the message
   */
  CloudException translate(SdkException error, Call call, String subject) {
    CloudFailure failure = errors.translate(error);
    String code =
        error instanceof AwsServiceException service && service.awsErrorDetails() != null
            ? nullToEmpty(service.awsErrorDetails().errorCode())
            : "";
    String words =
        subject
            + ": "
            + (code.equals("BucketNotEmpty")
                ? "the bucket still holds objects, and Eksdesk never deletes data. Empty it (`aws s3"
                    + " rm s3://<bucket> --recursive`, versions included), then destroy again."
                : failure.message() + " " + failure.nextAction());
    FailureKind kind = kind(error, code, failure, call);
    boolean retryable =
        kind.retryableByDefault() || (kind == FailureKind.UNKNOWN && failure.retryable());
    return new CloudException(
        kind, code.isEmpty() ? failure.kind().name() : code, words, retryable, error);
  }

  private static FailureKind kind(
      SdkException error, String code, CloudFailure failure, Call call) {
    if (call == Call.CREATE && ALREADY_EXISTS.contains(code)) {
      return FailureKind.INVALID;
    }
    if (IN_USE.contains(code)) {
      return FailureKind.DEPENDENCY_VIOLATION;
    }
    if (isNotFound(error, code, failure)) {
      // A create that names something not visible yet (a VPC made a second ago) will succeed later.
      return call == Call.CREATE ? FailureKind.EVENTUAL_CONSISTENCY : FailureKind.NOT_FOUND;
    }
    if (call == Call.CREATE && isRoleNotUsableYet(code, error.getMessage())) {
      return FailureKind.EVENTUAL_CONSISTENCY;
    }
    if (code.endsWith("LimitExceeded") && !code.equals("RequestLimitExceeded")) {
      return FailureKind.QUOTA;
    }
    return failure.kind();
  }

  /** S3 answers HEAD on a missing bucket with a bare 404 (moto: also unimplemented calls). */
  private static boolean isNotFound(SdkException error, String code, CloudFailure failure) {
    return code.endsWith(".NotFound")
        || NOT_FOUND.contains(code)
        || failure.kind() == FailureKind.NOT_FOUND
        || (code.isEmpty()
            && error instanceof AwsServiceException service
            && service.statusCode() == 404
            && !nullToEmpty(error.getMessage())
                .toLowerCase(Locale.ROOT)
                .contains("not yet implemented"));
  }

  /**
   * A new role (EKS) or instance profile (RunInstances: "Invalid IAM Instance Profile name") is
   * refused for some seconds after IAM created it.
   */
  private static boolean isRoleNotUsableYet(String code, String message) {
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    return (code.equals("InvalidParameterException") && text.contains("role"))
        || (code.equals("InvalidParameterValue") && text.contains("iam instance profile"));
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
