package dev.eksdesk.cli.engine;

import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.cloud.sandbox.SandboxFaults;
import dev.eksdesk.cloud.sandbox.SandboxTimings;
import dev.eksdesk.engine.exec.RealtimeScheduler;
import java.time.Instant;

/**
 * The persistent sandbox on a clock running {@code speed} times real time, continuing from the last
 * moment the sandbox saw (so what was creating when the app closed is still creating).
 */
final class SandboxSession implements AutoCloseable {
  /**
   * Beyond this, a millisecond of real scheduling delay is more than a simulated second and the
   * engine's deadlines stop meaning anything.
   */
  static final double MAX_SPEED = 1000;

  final RealtimeScheduler scheduler;
  final SandboxAccount account;

  SandboxSession(EngineCommandContext context, double speed) {
    Instant resumeAt =
        SandboxAccount.persistent(
                context.home(),
                Instant::now,
                context.catalog(),
                SandboxTimings.realistic(),
                SandboxFaults.none())
            .lastSeen();
    Instant origin = resumeAt.isAfter(Instant.now()) ? resumeAt : Instant.now();
    this.scheduler = new RealtimeScheduler(speed, 4, origin);
    this.account =
        SandboxAccount.persistent(
            context.home(),
            scheduler,
            context.catalog(),
            SandboxTimings.realistic(),
            SandboxFaults.none());
  }

  static boolean validSpeed(double speed) {
    return speed > 0 && speed <= MAX_SPEED;
  }

  @Override
  public void close() {
    scheduler.close();
  }
}
