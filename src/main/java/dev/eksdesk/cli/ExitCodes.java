package dev.eksdesk.cli;

/** Exit codes scripts can rely on. */
public final class ExitCodes {
  public static final int OK = 0;

  /** The input was read but is not acceptable (an invalid spec, a failed run). */
  public static final int FAILED = 1;

  /** The command line or a name in it is wrong (an unknown instance type, a missing file). */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
