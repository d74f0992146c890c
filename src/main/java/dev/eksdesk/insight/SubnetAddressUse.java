package dev.eksdesk.insight;

/**
 * Addresses of one subnet the nodes in it hold (primary, assigned and warm).
 *
 * @param usable addresses AWS lets the subnet hand out (size minus the five it reserves)
 */
public record SubnetAddressUse(String name, String cidr, long usable, long held) {
  public long free() {
    return Math.max(0, usable - held);
  }

  public double saturation() {
    return usable < 1 ? 1 : Math.min(1, (double) held / usable);
  }
}
