package dev.eksdesk.engine.journal;

/** Where a journal's states go: a file, or nowhere (benchmarks, dry runs). */
public interface JournalWriter {
  void write(JournalState state);

  static JournalWriter none() {
    return state -> {};
  }
}
