package dev.eksdesk.cloud.sandbox;

/** Where, around a step's create call, the simulated process dies. */
public enum CrashPoint {
  /** The journal has the pending operation; the account has nothing. */
  BEFORE_CALL,
  /** The account has the resource; the journal still says "pending". */
  AFTER_CALL
}
