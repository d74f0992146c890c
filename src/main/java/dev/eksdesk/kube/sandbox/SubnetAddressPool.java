package dev.eksdesk.kube.sandbox;

import dev.eksdesk.domain.net.Ipv4Cidr;
import java.util.BitSet;
import java.util.Optional;

/** A subnet's addresses, minus the first four and the last one that AWS reserves. */
public final class SubnetAddressPool implements SubnetAddresses {
  private static final int RESERVED_AT_START = 4;
  private static final int PREFIX_LENGTH = 28;
  private static final int PREFIX_SIZE = 16;

  private final Ipv4Cidr cidr;
  private final BitSet used = new BitSet();

  public SubnetAddressPool(Ipv4Cidr cidr) {
    this.cidr = cidr;
    used.set(0, RESERVED_AT_START);
    used.set((int) cidr.size() - 1);
  }

  public static SubnetAddressPool of(String cidr) {
    return new SubnetAddressPool(Ipv4Cidr.parse(cidr));
  }

  @Override
  public Ipv4Cidr cidr() {
    return cidr;
  }

  /** Marks an address a restored node still holds as taken. */
  public synchronized void reserveAddress(String address) {
    used.set(offsetOf(Ipv4Cidr.parse(address + "/32").network()));
  }

  /** Marks a /28 prefix a restored node still holds as taken. */
  public synchronized void reservePrefix(Ipv4Cidr prefix) {
    int start = offsetOf(prefix.network());
    used.set(start, start + PREFIX_SIZE);
  }

  @Override
  public synchronized Optional<String> allocateAddress() {
    int free = used.nextClearBit(0);
    if (free >= cidr.size()) {
      return Optional.empty();
    }
    used.set(free);
    return Optional.of(Ipv4Cidr.formatAddress(cidr.network() + free));
  }

  @Override
  public synchronized Optional<Ipv4Cidr> allocatePrefix() {
    for (int start = 0; start + PREFIX_SIZE <= cidr.size(); start += PREFIX_SIZE) {
      if (used.get(start, start + PREFIX_SIZE).isEmpty()) {
        used.set(start, start + PREFIX_SIZE);
        return Optional.of(new Ipv4Cidr(cidr.network() + start, PREFIX_LENGTH));
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized void releaseAddress(String address) {
    used.clear(offsetOf(Ipv4Cidr.parse(address + "/32").network()));
  }

  @Override
  public synchronized void releasePrefix(Ipv4Cidr prefix) {
    int start = offsetOf(prefix.network());
    used.clear(start, start + PREFIX_SIZE);
  }

  /** Addresses still free, as the subnet's AvailableIpAddressCount would say. */
  public synchronized int freeAddresses() {
    return (int) cidr.size() - used.cardinality();
  }

  private int offsetOf(long address) {
    if (!cidr.containsAddress(address)) {
      throw new IllegalArgumentException(Ipv4Cidr.formatAddress(address) + " is not in " + cidr);
    }
    return (int) (address - cidr.network());
  }
}
