package dev.eksdesk.domain.cost;

import dev.eksdesk.domain.catalog.Hours;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * List prices per hour of the things a cluster runs, in one region, as {@link MeteredResource}s:
 * the same price book and catalog the wizard's estimate uses, so estimate and actual compare.
 */
public final class HourlyRates {
  private final InstanceCatalog catalog;
  private final RegionPrices prices;
  private final String region;

  public HourlyRates(InstanceCatalog catalog, PriceBook book, String region) {
    this.catalog = catalog;
    this.prices = book.forRegion(region);
    this.region = region;
  }

  public String region() {
    return region;
  }

  /** An on-demand instance; empty when the catalog has no price for its type in this region. */
  public Optional<MeteredResource> instance(
      String id, String label, String typeName, Instant since) {
    OptionalDouble hourly =
        catalog.find(typeName).map(t -> t.hourlyPriceUsd(region)).orElse(OptionalDouble.empty());
    if (hourly.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new MeteredResource(
            id,
            label,
            CostCategory.EC2,
            since,
            hourly.getAsDouble(),
            format("%s on-demand, $%s/h", typeName, hourly.getAsDouble())));
  }

  /** A NAT gateway's hours; its data processing is billed per GB and is not metered here. */
  public MeteredResource natGateway(String id, Instant since) {
    return new MeteredResource(
        id,
        "NAT gateway " + id,
        CostCategory.NAT,
        since,
        prices.natGatewayPerHour(),
        format("$%s/h, data processing not included", prices.natGatewayPerHour()));
  }

  public MeteredResource publicIpv4(String id, String label, CostCategory category, Instant since) {
    return new MeteredResource(
        id + "/ipv4",
        label,
        category,
        since,
        prices.publicIpv4PerHour(),
        format("$%s/h", prices.publicIpv4PerHour()));
  }

  public MeteredResource controlPlane(String name, Instant since) {
    return new MeteredResource(
        name,
        "EKS control plane " + name,
        CostCategory.CONTROL_PLANE,
        since,
        prices.eksControlPlanePerHour(),
        format("$%s/h", prices.eksControlPlanePerHour()));
  }

  /** A gp3 volume; billed per GiB-month, here spread over the month's hours. */
  public MeteredResource gp3Disk(String id, String label, int gib, Instant since) {
    return new MeteredResource(
        id + "/disk",
        label,
        CostCategory.OTHER,
        since,
        gib * prices.ebsGp3PerGbMonth() / Hours.PER_MONTH,
        format("%d GiB × $%s/GiB-month", gib, prices.ebsGp3PerGbMonth()));
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
