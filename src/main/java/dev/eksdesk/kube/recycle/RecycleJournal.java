package dev.eksdesk.kube.recycle;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksdesk.kube.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A cluster's recycle progress, written before a termination and after each replacement, so that a
 * recycle stopped mid-way (killed, aborted, failed) resumes at the node it was on and never
 * replaces a replacement. Cleared when a run completes.
 */
public final class RecycleJournal {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StateStore store;

  public RecycleJournal(StateStore store) {
    this.store = store;
  }

  /** Keeps nothing: every run starts afresh. */
  public static RecycleJournal none() {
    return new RecycleJournal(StateStore.NONE);
  }

  /**
   * The progress of a run that did not complete, if any.
   *
   * @throws IllegalStateException saying why, when the journal cannot be read
   */
  public Optional<RecycleProgress> unfinished() {
    try {
      Optional<byte[]> saved = store.load();
      return saved.isEmpty()
          ? Optional.empty()
          : Optional.of(JSON.readValue(saved.get(), RecycleProgress.class));
    } catch (IOException e) {
      String why = e instanceof JacksonException json ? json.getOriginalMessage() : e.getMessage();
      throw new IllegalStateException(
          "the progress of the earlier recycle cannot be read ("
              + why
              + "); delete it to start a new recycle",
          e);
    }
  }

  void save(RecycleProgress progress) {
    try {
      store.save(JSON.writeValueAsBytes(progress));
    } catch (IOException e) {
      throw new UncheckedIOException("the recycle's progress could not be written", e);
    }
  }

  void completed() {
    try {
      store.delete();
    } catch (IOException e) {
      throw new UncheckedIOException("the finished recycle's progress could not be removed", e);
    }
  }
}
