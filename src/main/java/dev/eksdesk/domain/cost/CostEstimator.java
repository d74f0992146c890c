package dev.eksdesk.domain.cost;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.Hours;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.catalog.SystemPods;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.KubernetesSupport;
import dev.eksdesk.domain.spec.NetworkSpec;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A monthly estimate of a spec at list prices, broken down as the seed's cost table: NAT, control
 * plane, EC2 and the rest (disks, public IPv4, S3, logs), which are the items other cost tools
 * forget.
 */
public final class CostEstimator {
  /** Traffic through NAT a small site pushes in a month; shown in the basis, so it is visible. */
  static final double ASSUMED_NAT_GB_PER_MONTH = 10;

  static final double ASSUMED_S3_GB = 5;
  static final double ASSUMED_AUDIT_LOG_GB = 1;
  static final int STANDALONE_ROOT_DISK_GIB = 8;

  private final InstanceCatalog catalog;
  private final PriceBook prices;
  private final LocalDate today;

  /** Priced as of today (UTC): a version past standard support pays the extended fee. */
  public CostEstimator(InstanceCatalog catalog, PriceBook prices) {
    this(catalog, prices, LocalDate.now(ZoneOffset.UTC));
  }

  private CostEstimator(InstanceCatalog catalog, PriceBook prices, LocalDate today) {
    this.catalog = catalog;
    this.prices = prices;
    this.today = today;
  }

  /**
   * The same estimator, as of {@code day}: which support, standard or extended, the cluster pays.
   */
  public CostEstimator on(LocalDate day) {
    return new CostEstimator(catalog, prices, day);
  }

  public CostEstimate estimate(ClusterSpec spec) {
    RegionPrices p = prices.forRegion(spec.region());
    NetworkSpec network = spec.network();
    List<CostItem> items = new ArrayList<>();

    int natGateways = network.natMode().gateways(network.zones().size());
    if (natGateways > 0) {
      items.add(hourly(CostCategory.NAT, "NAT gateway", natGateways, p.natGatewayPerHour()));
      items.add(
          hourly(CostCategory.NAT, "NAT gateway public IPv4", natGateways, p.publicIpv4PerHour()));
      items.add(
          new CostItem(
              CostCategory.NAT,
              "NAT data processing",
              ASSUMED_NAT_GB_PER_MONTH * p.natGatewayPerGb(),
              format("%.0f GB (assumed) × $%s/GB", ASSUMED_NAT_GB_PER_MONTH, p.natGatewayPerGb())));
    }

    items.add(controlPlane(spec.controlPlane().kubernetesVersion(), p));
    if (spec.controlPlane().auditLogging()) {
      items.add(
          new CostItem(
              CostCategory.OTHER,
              "Control-plane logs (CloudWatch Logs)",
              ASSUMED_AUDIT_LOG_GB * p.cloudWatchLogsIngestPerGb(),
              format(
                  "%.0f GB (assumed) × $%s/GB",
                  ASSUMED_AUDIT_LOG_GB, p.cloudWatchLogsIngestPerGb())));
    }

    int nodes = spec.nodeGroup().desiredSize();
    items.add(
        instances(
            "Nodes (" + spec.nodeGroup().instanceType() + ")",
            spec.nodeGroup().instanceType(),
            nodes,
            spec.region()));
    items.add(
        new CostItem(
            CostCategory.OTHER,
            "Node disks (gp3)",
            nodes * spec.nodeGroup().diskGiB() * p.ebsGp3PerGbMonth(),
            format(
                "%d × %d GiB × $%s/GiB-month",
                nodes, spec.nodeGroup().diskGiB(), p.ebsGp3PerGbMonth())));

    int standalone = 0;
    if (network.bastion().enabled()) {
      standalone++;
      items.add(
          instances(
              "Bastion (" + network.bastion().instanceType() + ")",
              network.bastion().instanceType(),
              1,
              spec.region()));
      items.add(hourly(CostCategory.OTHER, "Bastion public IPv4", 1, p.publicIpv4PerHour()));
    }
    if (network.worker().enabled()) {
      standalone++;
      items.add(
          instances(
              "Worker (" + network.worker().instanceType() + ")",
              network.worker().instanceType(),
              1,
              spec.region()));
    }
    if (standalone > 0) {
      items.add(
          new CostItem(
              CostCategory.OTHER,
              "Bastion/worker disks (gp3)",
              standalone * STANDALONE_ROOT_DISK_GIB * p.ebsGp3PerGbMonth(),
              format(
                  "%d × %d GiB × $%s/GiB-month",
                  standalone, STANDALONE_ROOT_DISK_GIB, p.ebsGp3PerGbMonth())));
    }
    if (network.storage().enabled()) {
      items.add(
          new CostItem(
              CostCategory.OTHER,
              "S3 bucket",
              ASSUMED_S3_GB * p.s3StandardPerGbMonth(),
              format(
                  "%.0f GB (assumed) × $%s/GB-month; gateway endpoint free",
                  ASSUMED_S3_GB, p.s3StandardPerGbMonth())));
    }
    if (network.cloudTrail()) {
      items.add(
          new CostItem(
              CostCategory.OTHER,
              "CloudTrail",
              0.0,
              "first trail of management events is free; its logs land in the S3 bucket"));
    }
    return new CostEstimate(spec.region(), prices.isExact(spec.region()), items);
  }

  /** What one pod slot costs a month on a node of this type, or empty with no price. */
  public OptionalDouble pricePerPodSlotMonth(InstanceType type, CniMode mode, String region) {
    int slots = SystemPods.workloadSlotsPerNode(type, mode);
    OptionalDouble hourly = type.hourlyPriceUsd(region);
    if (slots < 1 || hourly.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(hourly.getAsDouble() * Hours.PER_MONTH / slots);
  }

  /** Pod slots of the whole node group at its desired size, after EKS's own pods. */
  public int workloadPodCapacity(ClusterSpec spec) {
    InstanceType type = catalog.require(spec.nodeGroup().instanceType());
    return SystemPods.workloadSlots(type, spec.cni(), spec.nodeGroup().desiredSize());
  }

  /** Pods one node runs under the spec's CNI mode: its max pods, or fewer where memory binds. */
  public int podsPerNode(ClusterSpec spec) {
    return PodCapacity.limit(catalog.require(spec.nodeGroup().instanceType()), spec.cni()).pods();
  }

  private CostItem instances(String name, String typeName, int count, String region) {
    InstanceType type = catalog.require(typeName);
    OptionalDouble hourly = type.hourlyPriceUsd(region);
    if (hourly.isEmpty()) {
      return new CostItem(
          CostCategory.EC2,
          name,
          0.0,
          "price unknown offline (none bundled for "
              + typeName
              + " in "
              + region
              + "); not in the total");
    }
    return hourly(CostCategory.EC2, name, count, hourly.getAsDouble());
  }

  /**
   * EKS's fee per cluster hour: six times the standard one once the version is past standard
   * support (KubernetesSupport, the EKS release calendar).
   */
  private CostItem controlPlane(String version, RegionPrices p) {
    boolean extended =
        KubernetesSupport.window(version)
            .map(w -> w.phaseOn(today) == KubernetesSupport.Phase.EXTENDED)
            .orElse(false);
    return extended
        ? hourly(
            CostCategory.CONTROL_PLANE,
            "EKS control plane (Kubernetes " + version + " in extended support)",
            1,
            KubernetesSupport.EXTENDED_FEE_PER_HOUR)
        : hourly(CostCategory.CONTROL_PLANE, "EKS control plane", 1, p.eksControlPlanePerHour());
  }

  private static CostItem hourly(CostCategory category, String name, int count, double perHour) {
    return new CostItem(
        category,
        name,
        count * perHour * Hours.PER_MONTH,
        format("%d × %.0f h × $%s/h", count, Hours.PER_MONTH, perHour));
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
