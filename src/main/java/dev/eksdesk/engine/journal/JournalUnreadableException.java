package dev.eksdesk.engine.journal;

/**
 * The journal exists but cannot be trusted. Nothing is changed on a guess: the person chooses to
 * restore the backup or to rebuild the journal from the account's tags.
 */
public final class JournalUnreadableException extends Exception {

  public enum Reason {
    CORRUPT,
    FOREIGN,
    NEWER_VERSION
  }

  private final Reason reason;
  private final String file;
  private final boolean backupAvailable;

  public JournalUnreadableException(
      Reason reason, String file, String detail, boolean backupAvailable) {
    super(message(reason, file, detail, backupAvailable));
    this.reason = reason;
    this.file = file;
    this.backupAvailable = backupAvailable;
  }

  private static String message(Reason reason, String file, String detail, boolean backup) {
    String what =
        switch (reason) {
          case CORRUPT -> "is damaged";
          case FOREIGN -> "belongs to something else";
          case NEWER_VERSION -> "was written by a newer Eksdesk";
        };
    return "The journal "
        + file
        + " "
        + what
        + " ("
        + detail
        + "). Nothing was changed. "
        + (backup ? "Restore the previous version (--restore-backup), or r" : "R")
        + "ebuild it from the resources tagged in the account (--rebuild).";
  }

  public Reason reason() {
    return reason;
  }

  /** The file or S3 object it was read from. */
  public String file() {
    return file;
  }

  public boolean backupAvailable() {
    return backupAvailable;
  }
}
