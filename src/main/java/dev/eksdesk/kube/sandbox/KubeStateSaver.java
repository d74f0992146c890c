package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.StateStore;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the cluster's Kubernetes a moment after it changes (changes within that moment make one
 * save), so that a process killed mid-command loses at most that moment; and once more on close.
 */
final class KubeStateSaver implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KubeStateSaver.class);
  private static final long DELAY_MILLIS = 200;

  private final StateStore store;
  private final Supplier<SavedCluster> state;
  private final AtomicBoolean queued = new AtomicBoolean();
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread saver = new Thread(task, "sandbox-kube-save");
            saver.setDaemon(true);
            return saver;
          });

  KubeStateSaver(StateStore store, Supplier<SavedCluster> state) {
    this.store = store;
    this.state = state;
  }

  /** Asks for a save; any number of requests before it starts make one save. */
  void request() {
    if (store != StateStore.NONE && queued.compareAndSet(false, true)) {
      thread.schedule(
          () -> {
            queued.set(false);
            save();
          },
          DELAY_MILLIS,
          TimeUnit.MILLISECONDS);
    }
  }

  private synchronized void save() {
    try {
      store.save(state.get().toBytes());
    } catch (IOException | RuntimeException e) {
      LOG.warn("the sandbox cluster's Kubernetes state could not be saved", e);
    }
  }

  /** Saves what is there now, after any save under way. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (store != StateStore.NONE) {
      save();
    }
  }
}
