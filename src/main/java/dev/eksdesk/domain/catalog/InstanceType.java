package dev.eksdesk.domain.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One EC2 instance type as far as pods, addresses and money are concerned.
 *
 * @param hourlyPriceUsdByRegion on-demand Linux price per hour, by region code
 */
public record InstanceType(
    String name,
    int vcpus,
    int memoryMiB,
    int maxEnis,
    int ipv4PerEni,
    boolean nitro,
    Architecture architecture,
    Map<String, Double> hourlyPriceUsdByRegion) {

  public InstanceType {
    Objects.requireNonNull(name, "name");
    if (vcpus < 1 || memoryMiB < 1 || maxEnis < 1 || ipv4PerEni < 1) {
      throw new IllegalArgumentException(name + ": vCPUs, memory, ENIs and IPs must be positive");
    }
    hourlyPriceUsdByRegion = Map.copyOf(hourlyPriceUsdByRegion);
  }

  public String family() {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  public OptionalDouble hourlyPriceUsd(String region) {
    Double price = hourlyPriceUsdByRegion.get(region);
    return price == null ? OptionalDouble.empty() : OptionalDouble.of(price);
  }

  public double memoryGiB() {
    return memoryMiB / 1024.0;
  }
}
