package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.FailureKind;

/** What to tell a person to do after a failure, per kind and operation. */
final class NextActions {
  private NextActions() {}

  static String after(FailureKind kind, Operation operation) {
    String again = operation == Operation.APPLY ? "apply again" : "destroy again";
    return switch (kind) {
      case ACCESS_DENIED ->
          "Give the signed-in identity the permission named above, then "
              + again
              + ": finished steps are kept.";
      case CREDENTIALS_EXPIRED ->
          "Sign in again (for SSO: aws sso login), then " + again + " to resume.";
      case QUOTA -> "Raise the quota in Service Quotas or free some, then " + again + ".";
      case INVALID -> "Fix the cause above (in the spec or in the account), then " + again + ".";
      case NOT_IMPLEMENTED ->
          "Use an endpoint that implements this operation (AWS itself) for this feature.";
      case NOT_FOUND -> "Something this step needs is gone; " + again + " recreates it.";
      case DEPENDENCY_VIOLATION ->
          "Something outside Eksdesk still uses it (see above): remove that, then " + again + ".";
      case THROTTLED, EVENTUAL_CONSISTENCY ->
          "AWS kept refusing for now; wait a few minutes and " + again + ".";
      case UNKNOWN ->
          again.substring(0, 1).toUpperCase()
              + again.substring(1)
              + "; if it fails the"
              + " same way, the log has the details.";
    };
  }
}
