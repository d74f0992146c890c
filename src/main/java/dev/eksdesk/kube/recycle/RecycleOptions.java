package dev.eksdesk.kube.recycle;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * @param drainTimeout how long evictions are retried against disruption budgets (EKS managed node
 *     groups give up after 15 minutes; this asks instead)
 * @param replacementTimeout how long to wait for the replacement to join and be Ready
 * @param poll how often to look again while waiting
 * @param overlayPool when set (after a swap to Calico), pods on each replacement must get addresses
 *     from this CIDR
 */
public record RecycleOptions(
    Duration drainTimeout,
    Duration replacementTimeout,
    Duration poll,
    Optional<String> overlayPool,
    DrainTimeoutHandler onDrainTimeout) {

  public RecycleOptions {
    Objects.requireNonNull(drainTimeout, "drainTimeout");
    Objects.requireNonNull(replacementTimeout, "replacementTimeout");
    Objects.requireNonNull(poll, "poll");
    Objects.requireNonNull(overlayPool, "overlayPool");
    Objects.requireNonNull(onDrainTimeout, "onDrainTimeout");
  }

  /** Defaults for a real cluster: 15 min drain, 10 min for a new instance to join. */
  public static RecycleOptions defaults() {
    return new RecycleOptions(
        Duration.ofMinutes(15),
        Duration.ofMinutes(10),
        Duration.ofSeconds(2),
        Optional.empty(),
        DrainTimeoutHandler.ABORT);
  }

  public RecycleOptions expectingOverlay(String poolCidr) {
    return new RecycleOptions(
        drainTimeout, replacementTimeout, poll, Optional.of(poolCidr), onDrainTimeout);
  }
}
