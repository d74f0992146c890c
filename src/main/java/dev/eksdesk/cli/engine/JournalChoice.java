package dev.eksdesk.cli.engine;

import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The ways out of an unreadable journal, as options of apply and destroy: one at most. */
public final class JournalChoice {
  @ArgGroup(exclusive = true)
  private Recovery recovery;

  /** Mutually exclusive: picocli refuses both at once before the command runs. */
  static final class Recovery {
    @Option(
        names = "--restore-backup",
        description = "Use the previous version of a damaged journal.")
    boolean restoreBackup;

    @Option(
        names = "--rebuild",
        description = "Set a damaged journal aside and find the resources again by their tags.")
    boolean rebuild;
  }

  ClusterJournal open(JournalStore store, String cluster)
      throws JournalLockedException, JournalUnreadableException {
    if (recovery != null && recovery.rebuild) {
      return store.openRebuilding(cluster);
    }
    return recovery != null && recovery.restoreBackup
        ? store.openFromBackup(cluster)
        : store.open(cluster);
  }
}
