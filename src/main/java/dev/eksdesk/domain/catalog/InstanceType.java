package dev.eksdesk.domain.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One EC2 instance type as far as pods, addresses and money are concerned.
 *
 * <p>vCPUs, memory and architecture are empty for the few types AWS lists pod figures for but
 * publishes no specifications of offline (see instance-types.SOURCE.md): unknown, never zero.
 *
 * @param nitro the hypervisor is Nitro (bare metal has no hypervisor, see {@link #bareMetal})
 * @param hourlyPriceUsdByRegion on-demand Linux price per hour, by region code
 */
public record InstanceType(
    String name,
    OptionalInt vcpus,
    OptionalInt memoryMiB,
    int maxEnis,
    int ipv4PerEni,
    boolean nitro,
    boolean bareMetal,
    Optional<Architecture> architecture,
    Map<String, Double> hourlyPriceUsdByRegion) {

  public InstanceType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(vcpus, "vcpus");
    Objects.requireNonNull(memoryMiB, "memoryMiB");
    Objects.requireNonNull(architecture, "architecture");
    if (vcpus.orElse(1) < 1 || memoryMiB.orElse(1) < 1 || maxEnis < 1 || ipv4PerEni < 1) {
      throw new IllegalArgumentException(name + ": vCPUs, memory, ENIs and IPs must be positive");
    }
    hourlyPriceUsdByRegion = Map.copyOf(hourlyPriceUsdByRegion);
  }

  /** A virtualized type whose specifications are all known. */
  public InstanceType(
      String name,
      int vcpus,
      int memoryMiB,
      int maxEnis,
      int ipv4PerEni,
      boolean nitro,
      Architecture architecture,
      Map<String, Double> hourlyPriceUsdByRegion) {
    this(
        name,
        OptionalInt.of(vcpus),
        OptionalInt.of(memoryMiB),
        maxEnis,
        ipv4PerEni,
        nitro,
        false,
        Optional.of(architecture),
        hourlyPriceUsdByRegion);
  }

  public String family() {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /**
   * Whether the VPC CNI can hand out /28 prefixes on it: Nitro or bare metal, as the CNI's own
   * check (IsPrefixDelegationSupported in aws/amazon-vpc-cni-k8s) decides.
   */
  public boolean supportsPrefixDelegation() {
    return nitro || bareMetal;
  }

  public OptionalDouble hourlyPriceUsd(String region) {
    Double price = hourlyPriceUsdByRegion.get(region);
    return price == null ? OptionalDouble.empty() : OptionalDouble.of(price);
  }

  public OptionalDouble memoryGiB() {
    return memoryMiB.isPresent()
        ? OptionalDouble.of(memoryMiB.getAsInt() / 1024.0)
        : OptionalDouble.empty();
  }
}
