package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudFailure;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.aws.resources.AwsCodes;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sso.auth.ExpiredTokenException;
import software.amazon.awssdk.services.sso.model.SsoException;
import software.amazon.awssdk.services.ssooidc.model.SsoOidcException;

/**
 * Translates SDK exceptions into a {@link CloudFailure}: what happened, in words a user can act on,
 * what to do next, and whether the same call may succeed if simply tried again.
 */
public final class AwsErrors {

  private static final Set<String> ACCESS_DENIED =
      Set.of(
          "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess");

  private static final Set<String> BAD_CREDENTIALS =
      Set.of(
          "ExpiredToken",
          "ExpiredTokenException",
          "InvalidClientTokenId",
          "SignatureDoesNotMatch",
          "UnrecognizedClientException",
          "InvalidAccessKeyId",
          "AuthFailure");

  private static final Set<String> THROTTLING =
      Set.of(
          "RequestLimitExceeded", "Throttling", "ThrottlingException", "TooManyRequestsException");

  private static final Set<String> NOT_FOUND =
      Set.of("NoSuchEntity", "NoSuchBucket", "ResourceNotFoundException", "NotFoundException");

  /** Error code to the quota's name as the Service Quotas console shows it. */
  private static final Map<String, String> QUOTAS =
      Map.ofEntries(
          Map.entry("VpcLimitExceeded", "Amazon VPC: VPCs per Region"),
          Map.entry("AddressLimitExceeded", "Amazon EC2: EC2-VPC Elastic IPs"),
          Map.entry("InstanceLimitExceeded", "Amazon EC2: Running On-Demand instances"),
          Map.entry(
              "VcpuLimitExceeded", "Amazon EC2: Running On-Demand Standard instances (vCPUs)"),
          Map.entry(
              "MaxSpotInstanceCountExceeded", "Amazon EC2: All Standard Spot Instance Requests"),
          Map.entry("NatGatewayLimitExceeded", "Amazon VPC: NAT gateways per Availability Zone"),
          Map.entry("InternetGatewayLimitExceeded", "Amazon VPC: Internet gateways per Region"),
          Map.entry("SecurityGroupLimitExceeded", "Amazon VPC: VPC security groups per Region"),
          Map.entry(
              "RulesPerSecurityGroupLimitExceeded",
              "Amazon VPC: Inbound or outbound rules per security group"),
          Map.entry("ResourceLimitExceededException", "Amazon EKS (see the message for which one)"),
          Map.entry("LimitExceeded", "IAM (see the message for which one)"),
          Map.entry("TooManyBuckets", "Amazon S3: General purpose buckets"));

  private static final Pattern DENIED_ACTION = Pattern.compile("perform: ([\\w-]+:[\\w*]+)");
  private static final Pattern DENIED_RESOURCE =
      Pattern.compile("on resource: (\\S+?)(?=\\s+because|\\s+with|\\.?\\s*$|\\.\\s)");
  private static final Pattern SUGGESTED_ZONES = Pattern.compile("choosing ([\\w\\-, ]+)\\.");

  private final AccountChoice account;
  private final boolean emulator;

  /**
   * @param account shapes the advice, e.g. which profile to sign in to again
   * @param emulator true with an endpoint override (moto, LocalStack), whose failures differ
   */
  public AwsErrors(AccountChoice account, boolean emulator) {
    this.account = account;
    this.emulator = emulator;
  }

  public CloudFailure translate(Throwable error) {
    Throwable cause = unwrap(error);
    if (cause instanceof SsoException || cause instanceof SsoOidcException) {
      return ssoLoginNeeded();
    }
    if (cause instanceof AwsServiceException service) {
      return fromService(service);
    }
    if (cause instanceof SdkClientException client) {
      return fromClient(client);
    }
    return new CloudFailure(
        FailureKind.UNKNOWN,
        describe(cause),
        "Try again; if it keeps failing, report this message.",
        false);
  }

  /**
   * Like {@link #translate}, for STS GetCallerIdentity. That call needs no permission, so any
   * refusal (HTTP 401 or 403) means the credentials themselves were not accepted, even when the
   * answer carries no error code, as moto's does.
   */
  public CloudFailure translateIdentityCheck(Throwable error) {
    CloudFailure failure = translate(error);
    if (failure.kind() == FailureKind.INVALID
        && unwrap(error) instanceof AwsServiceException service
        && (service.statusCode() == 401 || service.statusCode() == 403)) {
      String detail =
          service.awsErrorDetails() == null || service.awsErrorDetails().errorMessage() == null
              ? ""
              : ": " + service.awsErrorDetails().errorMessage();
      return new CloudFailure(
          FailureKind.CREDENTIALS_EXPIRED,
          (emulator ? "The endpoint override" : "AWS")
              + " did not accept these credentials (HTTP "
              + service.statusCode()
              + ")"
              + detail
              + ".",
          renewCredentials(),
          false);
    }
    return failure;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private CloudFailure fromService(AwsServiceException error) {
    AwsErrorDetails details =
        error.awsErrorDetails() == null
            ? AwsErrorDetails.builder().build()
            : error.awsErrorDetails();
    String code = nullToEmpty(details.errorCode());
    String message = details.errorMessage() == null ? error.getMessage() : details.errorMessage();
    String service = details.serviceName() == null ? "AWS" : details.serviceName();

    if (ACCESS_DENIED.contains(code)) {
      return accessDenied(message);
    }
    if (BAD_CREDENTIALS.contains(code)) {
      return new CloudFailure(
          FailureKind.CREDENTIALS_EXPIRED,
          "AWS did not accept the credentials (" + code + "): " + message,
          renewCredentials(),
          false);
    }
    if (error.isClockSkewException()) {
      return new CloudFailure(
          FailureKind.CREDENTIALS_EXPIRED,
          "AWS rejected the request's time stamp (" + code + "): this computer's clock is off.",
          "Set the system clock to synchronise automatically, then try again.",
          false);
    }
    if (QUOTAS.containsKey(code)) {
      return new CloudFailure(
          FailureKind.QUOTA,
          "An AWS quota is used up: " + QUOTAS.get(code) + ". " + message,
          "Delete unused resources of that kind, or request an increase in the Service Quotas"
              + " console under \""
              + QUOTAS.get(code)
              + "\".",
          false);
    }
    if (code.equals("Unsupported") || code.equals("UnsupportedAvailabilityZoneException")) {
      return unsupportedInZone(message);
    }
    if (code.equals("InsufficientInstanceCapacity")) {
      return new CloudFailure(
          FailureKind.UNKNOWN,
          "AWS has no spare capacity for this instance type right now: " + message,
          "Try again in a few minutes, in another availability zone, or with another type.",
          true);
    }
    if (THROTTLING.contains(code) || error.isThrottlingException()) {
      return new CloudFailure(
          FailureKind.THROTTLED,
          service + " is throttling requests (" + code + ").",
          "Nothing to do: Eksdesk slows down and retries.",
          true);
    }
    if (code.equals("DependencyViolation")) {
      return new CloudFailure(
          FailureKind.DEPENDENCY_VIOLATION,
          "Something still depends on this resource: " + message,
          "During a destroy, wait: AWS releases dependents (ENIs, load balancers) within"
              + " minutes. Otherwise delete the dependent resource first.",
          true);
    }
    if (isNotYetConsistent(code, message)) {
      return new CloudFailure(
          FailureKind.EVENTUAL_CONSISTENCY,
          "AWS does not see a resource that was just created yet: " + message,
          "Nothing to do: IAM changes take up to two minutes to reach every service; retrying.",
          true);
    }
    if (code.endsWith(".NotFound") || NOT_FOUND.contains(code)) {
      return new CloudFailure(
          FailureKind.NOT_FOUND,
          "Not found (" + code + "): " + message,
          "If it was created moments ago, AWS may not show it yet; otherwise it was deleted"
              + " outside Eksdesk, and the next apply recreates it.",
          false);
    }
    if (AwsCodes.isNotImplemented(error)) {
      return new CloudFailure(
          FailureKind.NOT_IMPLEMENTED,
          "The endpoint does not implement this operation: " + message,
          "Use an endpoint that implements it (AWS itself), or the sandbox, for this feature.",
          false);
    }
    if (error.statusCode() == 401) {
      // Some services (and emulators) answer a bad signature with a bare 401 and no error code.
      return new CloudFailure(
          FailureKind.CREDENTIALS_EXPIRED,
          service + " did not accept the credentials (HTTP 401): " + message,
          renewCredentials(),
          false);
    }
    if (error.statusCode() >= 500) {
      return new CloudFailure(
          FailureKind.UNKNOWN,
          service + " had an internal error (" + code + "): " + message,
          "Try again in a minute; check the AWS Health Dashboard if it persists.",
          true);
    }
    return new CloudFailure(
        FailureKind.INVALID,
        service + " refused the request (" + code + "): " + message,
        "Read the message above; change the setting it names and try again.",
        false);
  }

  /** IAM roles and instance profiles become visible to EKS and EC2 seconds after creation. */
  private static boolean isNotYetConsistent(String code, String message) {
    if (message == null) {
      return false;
    }
    return (code.equals("InvalidParameterException") && message.contains("Error in role params"))
        || (code.equals("InvalidParameterValue")
            && message.contains("Invalid IAM Instance Profile"));
  }

  private CloudFailure accessDenied(String message) {
    Optional<String> action = firstGroup(DENIED_ACTION, message);
    Optional<String> resource = firstGroup(DENIED_RESOURCE, message);
    StringBuilder text = new StringBuilder("Access denied");
    action.ifPresent(a -> text.append(": these credentials may not perform ").append(a));
    resource.ifPresent(r -> text.append(" on ").append(r));
    if (action.isEmpty()) {
      text.append(": ").append(message);
    }
    String next =
        action
            .map(
                a ->
                    "Ask an administrator to allow "
                        + a
                        + " for these credentials, or choose a"
                        + " profile that has it.")
            .orElse("Check the IAM policies of these credentials, or choose another profile.");
    if (message != null && message.contains("Encoded authorization failure message")) {
      next += " `aws sts decode-authorization-message` explains the refusal in detail.";
    }
    return new CloudFailure(FailureKind.ACCESS_DENIED, text.toString(), next, false);
  }

  private static CloudFailure unsupportedInZone(String message) {
    String next =
        firstGroup(SUGGESTED_ZONES, message)
            .map(zones -> "Choose other availability zones; AWS suggests " + zones + ".")
            .orElse("Choose other availability zones or another instance type.");
    return new CloudFailure(
        FailureKind.INVALID, "Not available in that zone: " + message, next, false);
  }

  private CloudFailure fromClient(SdkClientException error) {
    String message = nullToEmpty(error.getMessage());
    if (error instanceof ExpiredTokenException || message.contains("SSO")) {
      return ssoLoginNeeded();
    }
    if (error instanceof ApiCallTimeoutException
        || error instanceof ApiCallAttemptTimeoutException
        || hasCause(error, SocketTimeoutException.class)) {
      return new CloudFailure(
          FailureKind.UNKNOWN,
          "AWS did not answer in time.",
          "Check the network connection; Eksdesk retries.",
          true);
    }
    Optional<UnknownHostException> unknownHost = cause(error, UnknownHostException.class);
    if (unknownHost.isPresent()) {
      return new CloudFailure(
          FailureKind.UNKNOWN,
          "Cannot find the AWS endpoint " + unknownHost.get().getMessage() + ".",
          "Check the region name and the endpoint override, and that this computer is online.",
          false);
    }
    Optional<Throwable> unreachable =
        cause(error, ConnectException.class)
            .<Throwable>map(e -> e)
            .or(() -> cause(error, NoRouteToHostException.class));
    if (unreachable.isPresent()) {
      String reason = unreachable.get().getMessage();
      return new CloudFailure(
          FailureKind.UNKNOWN,
          (emulator
                  ? "Nothing answers at the endpoint override"
                  : "Nothing answers at the AWS endpoint")
              + (reason == null || reason.isBlank() ? "." : " (" + reason + ")."),
          emulator
              ? "Check that the emulator runs at that address and port, or clear the endpoint"
                  + " override to use AWS itself."
              : "Check that this computer is online, then try again.",
          true);
    }
    if (message.contains("Unable to load credentials")
        || message.contains("Profile file contained no credentials")
        || message.contains("Access key must be specified")) {
      return new CloudFailure(
          FailureKind.CREDENTIALS_EXPIRED, noCredentials(), renewCredentials(), false);
    }
    return new CloudFailure(
        FailureKind.UNKNOWN,
        "The AWS SDK failed: " + message,
        "Try again; if it persists, report it.",
        false);
  }

  private CloudFailure ssoLoginNeeded() {
    String command =
        account instanceof AccountChoice.Profile profile
            ? "aws sso login --profile " + profile.name()
            : "aws sso login";
    return new CloudFailure(
        FailureKind.CREDENTIALS_EXPIRED,
        "The IAM Identity Center (SSO) sign-in has expired or never happened.",
        "Run `" + command + "`, then try again.",
        false);
  }

  private String renewCredentials() {
    if (account instanceof AccountChoice.Profile profile) {
      return "For an SSO profile run `aws sso login --profile "
          + profile.name()
          + "`; otherwise put current keys for profile '"
          + profile.name()
          + "' in ~/.aws/credentials. Then try again.";
    }
    if (account instanceof AccountChoice.Environment) {
      return "Set current AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN),"
          + " then try again.";
    }
    return "Enter current access keys (IAM console, Users, Security credentials), then try again.";
  }

  /** In the user's terms: the SDK's own text names its internals (ProfileFile(sections=[...])). */
  private String noCredentials() {
    if (account instanceof AccountChoice.Profile profile) {
      return "Profile '"
          + profile.name()
          + "' gives no credentials: it is missing from ~/.aws/config and ~/.aws/credentials,"
          + " or holds no keys, SSO, role or credential_process.";
    }
    if (account instanceof AccountChoice.Environment) {
      return "No credentials in the environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
          + " are not both set.";
    }
    return "The access keys are incomplete.";
  }

  private static Optional<String> firstGroup(Pattern pattern, String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    return cause(error, type).isPresent();
  }

  private static <T extends Throwable> Optional<T> cause(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  private static String describe(Throwable error) {
    return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
