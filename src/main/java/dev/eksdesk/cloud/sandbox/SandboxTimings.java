package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.ResourceKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long the simulated account takes: EKS about ten minutes, node groups three to five, NAT one
 * to two, IAM roles usable after 10 to 30 seconds; all {@link #shortenedBy} a sped-up Sandbox's
 * speed.
 */
public final class SandboxTimings {
  /** A duration drawn uniformly between two bounds. */
  public record Range(Duration min, Duration max) {
    static Range seconds(long min, long max) {
      return new Range(Duration.ofSeconds(min), Duration.ofSeconds(max));
    }

    Duration draw(double unit, double speed) {
      long span = max.toMillis() - min.toMillis();
      return Duration.ofNanos((long) (min.plusMillis((long) (span * unit)).toNanos() / speed));
    }
  }

  private static final Range NONE = Range.seconds(0, 0);

  private final Map<ResourceKind, Range> create;
  private final Map<ResourceKind, Range> delete;
  private final Range iamPropagation;
  private final double speed;

  private SandboxTimings(
      Map<ResourceKind, Range> create,
      Map<ResourceKind, Range> delete,
      Range iamPropagation,
      double speed) {
    this.create = create;
    this.delete = delete;
    this.iamPropagation = iamPropagation;
    this.speed = speed;
  }

  public static SandboxTimings realistic() {
    Map<ResourceKind, Range> create = new EnumMap<>(ResourceKind.class);
    create.put(ResourceKind.NAT_GATEWAY, Range.seconds(60, 120));
    create.put(ResourceKind.INSTANCE, Range.seconds(20, 40));
    create.put(ResourceKind.VPC_ENDPOINT, Range.seconds(5, 15));
    create.put(ResourceKind.EKS_CLUSTER, Range.seconds(540, 600));
    create.put(ResourceKind.EKS_NODEGROUP, Range.seconds(180, 300));
    create.put(ResourceKind.EKS_ADDON, Range.seconds(30, 60));
    Map<ResourceKind, Range> delete = new EnumMap<>(ResourceKind.class);
    delete.put(ResourceKind.NAT_GATEWAY, Range.seconds(45, 75));
    delete.put(ResourceKind.INSTANCE, Range.seconds(40, 80));
    delete.put(ResourceKind.VPC_ENDPOINT, Range.seconds(5, 15));
    delete.put(ResourceKind.EKS_CLUSTER, Range.seconds(480, 720));
    delete.put(ResourceKind.EKS_NODEGROUP, Range.seconds(240, 360));
    delete.put(ResourceKind.EKS_ADDON, Range.seconds(20, 40));
    return new SandboxTimings(create, delete, Range.seconds(10, 30), 1);
  }

  /**
   * Every duration {@code factor} times shorter: the Sandbox at 300x builds in seconds while its
   * clock stays the wall clock (see {@code RealtimeScheduler}), so what it records keeps wall-clock
   * time.
   */
  public SandboxTimings shortenedBy(double factor) {
    return new SandboxTimings(create, delete, iamPropagation, speed * factor);
  }

  /** Everything at once: for measuring the engine alone. */
  public static SandboxTimings instant() {
    return new SandboxTimings(Map.of(), Map.of(), NONE, 1);
  }

  Duration create(ResourceKind kind, double unit) {
    return create.getOrDefault(kind, NONE).draw(unit, speed);
  }

  Duration delete(ResourceKind kind, double unit) {
    return delete.getOrDefault(kind, NONE).draw(unit, speed);
  }

  /**
   * EKS's updates: a scaling, labels or an add-on's configuration one or two minutes, endpoint or
   * logging a few, a version 8 to 20.
   */
  Duration update(dev.eksdesk.cloud.UpdateOperation operation, double unit) {
    if (create.isEmpty()) {
      return Duration.ZERO;
    }
    Range range =
        switch (operation) {
          case NODEGROUP_SCALING, NODEGROUP_LABELS, ADDON_CONFIGURATION -> Range.seconds(60, 120);
          case CLUSTER_ENDPOINT, CLUSTER_LOGGING -> Range.seconds(120, 300);
          case CLUSTER_VERSION -> Range.seconds(480, 720);
          case ADDON_VERSION -> Range.seconds(60, 180);
          case NODEGROUP_VERSION -> Range.seconds(600, 1200);
          default -> NONE;
        };
    return range.draw(unit, speed);
  }

  Duration iamPropagation(double unit) {
    return iamPropagation.draw(unit, speed);
  }
}
