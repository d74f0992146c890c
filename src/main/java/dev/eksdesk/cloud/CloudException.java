package dev.eksdesk.cloud;

import java.util.Objects;

/**
 * A failed cloud call, classified. Adapters translate their SDK's exceptions into this one so the
 * engine never sees an AWS type; {@code awsCode} keeps the original error code for messages.
 */
public final class CloudException extends RuntimeException {
  private final FailureKind kind;
  private final String awsCode;
  private final boolean retryable;

  public CloudException(FailureKind kind, String awsCode, String message) {
    this(kind, awsCode, message, kind.retryableByDefault(), null);
  }

  public CloudException(
      FailureKind kind, String awsCode, String message, boolean retryable, Throwable cause) {
    super(awsCode + ": " + message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.awsCode = Objects.requireNonNull(awsCode, "awsCode");
    this.retryable = retryable;
  }

  public FailureKind kind() {
    return kind;
  }

  public String awsCode() {
    return awsCode;
  }

  public boolean retryable() {
    return retryable;
  }
}
