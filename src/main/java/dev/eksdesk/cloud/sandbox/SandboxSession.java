package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.RealtimeScheduler;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The persistent sandbox, {@code speed} times faster: its durations and the engine's waits are that
 * much shorter while its clock is the wall clock, so a cluster built at 300x four minutes ago is
 * "up 4 min" and its pods, chart points and journal carry wall-clock times (docs/ENGINE.md, "The
 * Sandbox's clock").
 */
public final class SandboxSession implements AutoCloseable {
  /**
   * Beyond this, a millisecond of real scheduling delay is more than a simulated second and the
   * engine's deadlines stop meaning anything.
   */
  public static final double MAX_SPEED = 1000;

  /** Real time; slower would leave a sandbox build running for hours. */
  public static final double MIN_SPEED = 1;

  private final RealtimeScheduler scheduler;
  private final SandboxAccount account;
  private final double speed;
  private final List<String> repairs;

  public SandboxSession(Path home, InstanceCatalog catalog, double speed) {
    this.speed = speed;
    SandboxAccount asLeft =
        SandboxAccount.persistent(
            home, Instant::now, catalog, SandboxTimings.realistic(), SandboxFaults.none());
    Instant resumeAt = asLeft.lastSeen();
    this.repairs = asLeft.repairs();
    // A state left ahead of the wall clock (an earlier version ran the clock fast) keeps its order.
    Instant origin = resumeAt.isAfter(Instant.now()) ? resumeAt : Instant.now();
    this.scheduler = new RealtimeScheduler(speed, 4, origin);
    this.account =
        SandboxAccount.persistent(
            home,
            scheduler,
            catalog,
            SandboxTimings.realistic().shortenedBy(speed),
            SandboxFaults.none());
  }

  public static boolean validSpeed(double speed) {
    return speed >= MIN_SPEED && speed <= MAX_SPEED;
  }

  public RealtimeScheduler scheduler() {
    return scheduler;
  }

  public SandboxAccount account() {
    return account;
  }

  /** What had to be repaired in the state on disk when it was opened, for a person. */
  public List<String> repairs() {
    return repairs;
  }

  public double speed() {
    return speed;
  }

  @Override
  public void close() {
    scheduler.close();
  }
}
