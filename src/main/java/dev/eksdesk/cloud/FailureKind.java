package dev.eksdesk.cloud;

/** Why a cloud call failed, in the terms the engine decides on (retry, wait, stop, tell). */
public enum FailureKind {
  /** RequestLimitExceeded, Throttling, ThrottlingException: back off and retry. */
  THROTTLED(true),
  /** The resource or id does not exist (or is not visible yet). */
  NOT_FOUND(false),
  /** Something still uses the resource (DependencyViolation, DeleteConflict, ResourceInUse). */
  DEPENDENCY_VIOLATION(true),
  /** A just-created thing is not usable yet (IAM "Error in role params", id not yet visible). */
  EVENTUAL_CONSISTENCY(true),
  ACCESS_DENIED(false),
  /**
   * The credentials are missing, expired or not accepted: stop cleanly, resume after signing in
   * again.
   */
  CREDENTIALS_EXPIRED(false),
  /** A service quota or limit is reached (VpcLimitExceeded, AddressLimitExceeded). */
  QUOTA(false),
  /**
   * The request is wrong and will stay wrong (validation, IdempotentParameterMismatch, a type a
   * zone does not offer).
   */
  INVALID(false),
  /**
   * The endpoint answered that it does not implement the operation (an emulator without that
   * service): the engine records the step as skipped with this reason and goes on with the rest.
   */
  NOT_IMPLEMENTED(false),
  /**
   * Anything else, retried only when the failure says so (a timeout, an unreachable endpoint, no
   * spare capacity, a service's internal error).
   */
  UNKNOWN(false);

  private final boolean retryableByDefault;

  FailureKind(boolean retryableByDefault) {
    this.retryableByDefault = retryableByDefault;
  }

  public boolean retryableByDefault() {
    return retryableByDefault;
  }
}
