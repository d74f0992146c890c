package dev.eksdesk.engine.journal;

import dev.eksdesk.cloud.StateObjects;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Writes each journal state to the shared location with {@code If-Match} on the version last read
 * or written (the first with {@code If-None-Match: *}), then to the local copy. A write that lost a
 * race reads the shared journal again: when the other writer changed other steps than this run,
 * this run's steps are laid over its version and written again; when both changed a step, nothing
 * is written over it and the run stops ({@link SharedStateConflictException}).
 */
final class SharedJournalWriter implements JournalWriter {
  private static final int ATTEMPTS = 5;

  private final SharedState shared;
  private final String cluster;
  private final JournalWriter local;
  private final Path file;
  private JournalState ours;
  private JournalState sharedVersion;
  private String etag;

  SharedJournalWriter(
      SharedState shared,
      String cluster,
      JournalState ours,
      Optional<SharedState.Fetched> fetched,
      JournalWriter local,
      Path file) {
    this.shared = shared;
    this.cluster = cluster;
    this.local = local;
    this.file = file;
    // what this run changes is counted from the shared version, so restoring a backup or
    // rebuilding replaces it whole; an unreadable shared version (null) is replaced whole too
    this.sharedVersion = fetched.isPresent() ? fetched.get().state() : ours;
    this.ours = sharedVersion == null ? ours : sharedVersion;
    this.etag = fetched.map(SharedState.Fetched::etag).orElse(null);
  }

  @Override
  public synchronized void write(JournalState next) {
    Set<String> changedHere = JournalMerge.changedSteps(ours, next);
    try {
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        JournalState candidate =
            etag == null || sharedVersion == null
                ? next
                : JournalMerge.overlay(sharedVersion, next, changedHere);
        try {
          etag = shared.put(cluster, candidate, etag);
          sharedVersion = candidate;
          ours = next;
          local.write(candidate);
          return;
        } catch (StateObjects.ObjectChangedException lost) {
          rereadOrRefuse(changedHere);
        }
      }
      throw new SharedStateConflictException(cluster, shared.where(cluster), changedHere, file);
    } catch (RuntimeException e) {
      local.write(next); // never lose a record: this run's version stays on this machine
      throw e;
    }
  }

  private void rereadOrRefuse(Set<String> changedHere) {
    SharedState.Fetched theirs;
    try {
      theirs =
          shared
              .fetch(cluster)
              .orElseThrow(
                  () ->
                      new SharedStateConflictException(
                          cluster,
                          shared.where(cluster),
                          Set.of("(the whole journal was deleted)"),
                          file));
    } catch (JournalUnreadableException e) {
      throw new SharedStateConflictException(
          cluster, shared.where(cluster), Set.of("(unreadable: " + e.getMessage() + ")"), file);
    }
    Set<String> both = new HashSet<>(changedHere);
    if (sharedVersion != null) {
      both.retainAll(JournalMerge.changedSteps(sharedVersion, theirs.state()));
    }
    if (!both.isEmpty()) {
      throw new SharedStateConflictException(cluster, shared.where(cluster), both, file);
    }
    sharedVersion = theirs.state();
    etag = theirs.etag();
  }
}
