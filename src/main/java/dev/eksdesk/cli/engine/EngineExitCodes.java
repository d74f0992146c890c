package dev.eksdesk.cli.engine;

/**
 * Exit codes of the engine commands, on top of the CLI's 0 (done), 1 (failed) and 2 (usage): the
 * two cases where a script should not simply retry.
 */
public final class EngineExitCodes {
  /** Another Eksdesk holds the cluster's lock. */
  public static final int LOCKED = 3;

  /** The journal is damaged or foreign: rerun with --restore-backup or --rebuild. */
  public static final int JOURNAL_UNREADABLE = 4;

  private EngineExitCodes() {}
}
