package dev.eksdesk.cloud.aws.resources;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** The error code of a service exception, "" when the service sent none. */
final class AwsCodes {
  private AwsCodes() {}

  static String of(AwsServiceException e) {
    return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
        ? ""
        : e.awsErrorDetails().errorCode();
  }
}
