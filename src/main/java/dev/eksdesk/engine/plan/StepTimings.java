package dev.eksdesk.engine.plan;

import dev.eksdesk.cloud.ResourceKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Per-kind durations, from RELIABILITY.md's table of real AWS timings. */
public final class StepTimings {
  private static final Duration QUICK = Duration.ofSeconds(1);
  private static final Duration QUICK_SLOW = Duration.ofSeconds(10);

  private final Map<ResourceKind, KindTiming> byKind;

  private StepTimings(Map<ResourceKind, KindTiming> byKind) {
    this.byKind = byKind;
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
    return new StepTimings(map);
  }

  /** Every kind instantaneous: for measuring the engine itself. */
  public static StepTimings zero() {
    Map<ResourceKind, KindTiming> map = new EnumMap<>(ResourceKind.class);
    for (ResourceKind kind : ResourceKind.values()) {
      map.put(kind, new KindTiming(Duration.ZERO, QUICK_SLOW, Duration.ZERO, QUICK_SLOW));
    }
    return new StepTimings(map);
  }

  public KindTiming of(ResourceKind kind) {
    return byKind.get(kind);
  }

  private static KindTiming timing(int typical, int slow, int typicalDelete, int slowDelete) {
    return new KindTiming(
        Duration.ofSeconds(typical),
        Duration.ofSeconds(slow),
        Duration.ofSeconds(typicalDelete),
        Duration.ofSeconds(slowDelete));
  }
}
