package dev.eksdesk.ui.fx;

import java.util.concurrent.Executor;

/**
 * Where view models run work: {@code background} for anything that touches the disk, the cloud or
 * Kubernetes; {@code fx} to publish results. Tests pass direct executors.
 */
public record UiExecutors(Executor background, Executor fx) {
  public static UiExecutors direct() {
    return new UiExecutors(Runnable::run, Runnable::run);
  }
}
