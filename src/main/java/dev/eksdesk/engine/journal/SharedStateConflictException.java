package dev.eksdesk.engine.journal;

import java.nio.file.Path;
import java.util.Collection;

/**
 * The shared journal changed under this run in steps this run changed too: neither version is
 * written over the other. This run's journal stays in the local file; the shared one is untouched.
 */
public final class SharedStateConflictException extends RuntimeException {
  public SharedStateConflictException(
      String cluster, String location, Collection<String> steps, Path kept) {
    super(
        "The shared state of "
            + cluster
            + " at "
            + location
            + " was changed by another Eksdesk while this run held it (was its lock forced?),"
            + " in the same steps: "
            + String.join(", ", steps)
            + ". Nothing was written over it; this run's records are kept in "
            + kept
            + ". Compare them with `eksdesk state show "
            + cluster
            + "`, then run apply again: resources are found by their tags.");
  }
}
