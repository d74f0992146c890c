package dev.eksdesk.cloud.aws.resources;

import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** What a service exception's error code says, "" standing for none sent. */
public final class AwsCodes {
  /** Codes for "no such operation here" (JSON protocols, EC2's query protocol, S3). */
  private static final Set<String> NOT_IMPLEMENTED =
      Set.of("NotImplemented", "UnknownOperationException", "InvalidAction");

  private AwsCodes() {}

  /**
   * Whether the endpoint answered that it does not implement the operation, whichever endpoint it
   * is: HTTP 501 or an error code saying so (LocalStack: 501 "not yet implemented"), or an HTTP 500
   * without an error code (moto), which AWS never sends: its server errors always carry one
   * (InternalError, InternalFailure, ServiceUnavailable).
   */
  public static boolean isNotImplemented(AwsServiceException error) {
    String code = of(error);
    String message = error.getMessage() == null ? "" : error.getMessage();
    return error.statusCode() == 501
        || NOT_IMPLEMENTED.contains(code)
        || message.contains("not yet implemented")
        || (error.statusCode() == 500 && code.isEmpty());
  }

  static String of(AwsServiceException e) {
    return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
        ? ""
        : e.awsErrorDetails().errorCode();
  }
}
