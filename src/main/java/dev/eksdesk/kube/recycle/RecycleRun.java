package dev.eksdesk.kube.recycle;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A running recycle: pause, resume or abort it, or wait for its outcome. */
public final class RecycleRun {
  private final RunControl control;
  private final CompletableFuture<RecycleOutcome> outcome;

  RecycleRun(RunControl control, CompletableFuture<RecycleOutcome> outcome) {
    this.control = control;
    this.outcome = outcome;
  }

  /** Takes effect before the next step (cordon, drain, replacement, next node). */
  public void pause() {
    control.pause();
  }

  public void resume() {
    control.resume();
  }

  /** Stops at once, also interrupting a drain or a wait; what is left behind is reported. */
  public void abort() {
    control.abort();
  }

  public boolean isDone() {
    return outcome.isDone();
  }

  /** The outcome, or empty if the run did not finish within {@code timeout}. */
  public Optional<RecycleOutcome> await(Duration timeout) throws InterruptedException {
    try {
      return Optional.of(outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the recycle run crashed", e.getCause());
    }
  }
}
