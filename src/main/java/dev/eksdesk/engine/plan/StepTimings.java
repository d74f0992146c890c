package dev.eksdesk.engine.plan;

import dev.eksdesk.cloud.ResourceKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Per-kind durations, as real AWS typically takes them. */
public final class StepTimings {
  private static final Duration QUICK = Duration.ofSeconds(1);
  private static final Duration QUICK_SLOW = Duration.ofSeconds(10);

  /** Kinds that hand a new IAM role to AWS to assume, which IAM may not have propagated yet. */
  private static final Set<ResourceKind> ASSUME_ROLES =
      Set.of(ResourceKind.EKS_CLUSTER, ResourceKind.EKS_NODEGROUP);

  private final Map<ResourceKind, KindTiming> byKind;
  private final Duration iamPropagation;

  private StepTimings(Map<ResourceKind, KindTiming> byKind, Duration iamPropagation) {
    this.byKind = byKind;
    this.iamPropagation = iamPropagation;
  }

  /** What AWS takes: EKS about ten minutes, node groups three to five, NAT one to two. */
  public static StepTimings aws() {
    Map<ResourceKind, KindTiming> map = new EnumMap<>(ResourceKind.class);
    for (ResourceKind kind : ResourceKind.values()) {
      map.put(kind, new KindTiming(QUICK, QUICK_SLOW, QUICK, QUICK_SLOW));
    }
    map.put(ResourceKind.NAT_GATEWAY, timing(90, 600, 60, 600));
    map.put(ResourceKind.INSTANCE, timing(30, 300, 60, 300));
    map.put(ResourceKind.VPC_ENDPOINT, timing(10, 120, 10, 120));
    map.put(ResourceKind.EKS_CLUSTER, timing(570, 960, 600, 1500));
    map.put(ResourceKind.EKS_NODEGROUP, timing(240, 900, 300, 900));
    map.put(ResourceKind.EKS_ADDON, timing(45, 300, 30, 300));
    // A new role is usable by EKS 10-30 s after CreateRole returns (IAM's propagation).
    return new StepTimings(map, Duration.ofSeconds(20));
  }

  /** Every kind instantaneous: for measuring the engine itself. */
  public static StepTimings zero() {
    Map<ResourceKind, KindTiming> map = new EnumMap<>(ResourceKind.class);
    for (ResourceKind kind : ResourceKind.values()) {
      map.put(kind, new KindTiming(Duration.ZERO, QUICK_SLOW, Duration.ZERO, QUICK_SLOW));
    }
    return new StepTimings(map, Duration.ZERO);
  }

  /**
   * Every duration {@code factor} times shorter: what the engine expects of a Sandbox that many
   * times faster than AWS, on a clock that stays the wall clock.
   */
  public StepTimings shortenedBy(double factor) {
    Map<ResourceKind, KindTiming> map = new EnumMap<>(ResourceKind.class);
    byKind.forEach((kind, timing) -> map.put(kind, timing.shortenedBy(factor)));
    return new StepTimings(map, KindTiming.shorten(iamPropagation, factor));
  }

  public KindTiming of(ResourceKind kind) {
    return byKind.get(kind);
  }

  /**
   * How long after its dependency is created a step can start: IAM's propagation when the step
   * makes AWS assume a new role (the engine retries its create until then), zero otherwise.
   */
  public Duration usableAfter(ResourceKind dependency, ResourceKind dependent) {
    return dependency == ResourceKind.IAM_ROLE && ASSUME_ROLES.contains(dependent)
        ? iamPropagation
        : Duration.ZERO;
  }

  private static KindTiming timing(int typical, int slow, int typicalDelete, int slowDelete) {
    return new KindTiming(
        Duration.ofSeconds(typical),
        Duration.ofSeconds(slow),
        Duration.ofSeconds(typicalDelete),
        Duration.ofSeconds(slowDelete));
  }
}
