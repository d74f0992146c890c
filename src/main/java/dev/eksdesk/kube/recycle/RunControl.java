package dev.eksdesk.kube.recycle;

import java.util.function.Consumer;

/**
 * Pause, resume and abort for a run. The worker calls {@link #checkpoint} between steps; pausing
 * takes effect there, and aborting also interrupts whatever the worker is waiting for.
 */
final class RunControl {
  private boolean paused;
  private volatile boolean aborted;
  private volatile Thread worker;

  void attach(Thread worker) {
    this.worker = worker;
  }

  synchronized void pause() {
    paused = true;
  }

  synchronized void resume() {
    paused = false;
    notifyAll();
  }

  void abort() {
    aborted = true;
    Thread running = worker;
    if (running != null) {
      running.interrupt();
    }
    resume();
  }

  /**
   * Blocks while paused.
   *
   * @throws InterruptedException when the run was aborted
   */
  synchronized void checkpoint(String nextStep, Consumer<RecycleEvent> events)
      throws InterruptedException {
    if (paused && !aborted) {
      events.accept(new RecycleEvent.Paused(nextStep));
      while (paused && !aborted) {
        wait();
      }
      if (!aborted) {
        events.accept(new RecycleEvent.Resumed());
      }
    }
    if (aborted) {
      throw new InterruptedException("aborted before " + nextStep);
    }
  }
}
