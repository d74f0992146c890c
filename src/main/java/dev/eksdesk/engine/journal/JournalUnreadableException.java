package dev.eksdesk.engine.journal;

import java.nio.file.Path;

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
  private final Path file;
  private final boolean backupAvailable;

  public JournalUnreadableException(
      Reason reason, Path file, String detail, boolean backupAvailable) {
    super(message(reason, file, detail, backupAvailable));
    this.reason = reason;
    this.file = file;
    this.backupAvailable = backupAvailable;
  }

  private static String message(Reason reason, Path file, String detail, boolean backup) {
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

  public Path file() {
    return file;
  }

  public boolean backupAvailable() {
    return backupAvailable;
  }
}
