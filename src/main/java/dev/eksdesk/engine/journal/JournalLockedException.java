package dev.eksdesk.engine.journal;

/** Another Eksdesk process (or window) is already working on this cluster. */
public final class JournalLockedException extends Exception {
  public JournalLockedException(String message) {
    super(message);
  }
}
