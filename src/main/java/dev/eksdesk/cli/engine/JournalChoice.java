package dev.eksdesk.cli.engine;

import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import picocli.CommandLine.Option;

/** The ways out of an unreadable journal, as options of apply and destroy. */
public final class JournalChoice {
  @Option(
      names = "--restore-backup",
      description = "Use the previous version of a damaged journal.")
  boolean restoreBackup;

  @Option(
      names = "--rebuild",
      description = "Set a damaged journal aside and find the resources again by their tags.")
  boolean rebuild;

  ClusterJournal open(JournalStore store, String cluster)
      throws JournalLockedException, JournalUnreadableException {
    if (rebuild) {
      return store.openRebuilding(cluster);
    }
    return restoreBackup ? store.openFromBackup(cluster) : store.open(cluster);
  }
}
