package dev.eksdesk.domain.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An IPv4 block in CIDR notation. Values are normalised: the host bits of {@code network} are
 * always zero, so "10.0.1.7/24" is rejected rather than silently rounded.
 */
public record Ipv4Cidr(long network, int prefixLength) implements Comparable<Ipv4Cidr> {

  /** AWS keeps the network address, the next three and the broadcast address of every subnet. */
  public static final int AWS_RESERVED_PER_SUBNET = 5;

  public Ipv4Cidr {
    if (prefixLength < 0 || prefixLength > 32) {
      throw new IllegalArgumentException("prefix length must be 0 to 32, got " + prefixLength);
    }
    if (network < 0 || network > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("not an IPv4 address: " + network);
    }
    if ((network & ~mask(prefixLength)) != 0) {
      throw new IllegalArgumentException(
          "host bits are set in "
              + formatAddress(network)
              + "/"
              + prefixLength
              + "; the block starts at "
              + formatAddress(network & mask(prefixLength))
              + "/"
              + prefixLength);
    }
  }

  /**
   * Parses "a.b.c.d/n".
   *
   * @throws CidrFormatException with a message a person can act on
   */
  public static Ipv4Cidr parse(String text) {
    if (text == null || text.isBlank()) {
      throw new CidrFormatException("a CIDR block is required, for example 10.0.0.0/16");
    }
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    if (slash < 0) {
      throw new CidrFormatException(
          "'" + trimmed + "' has no prefix length; write it as " + trimmed + "/24, for example");
    }
    long address = parseAddress(trimmed.substring(0, slash), trimmed);
    int prefix;
    try {
      prefix = Integer.parseInt(trimmed.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new CidrFormatException(
          "'" + trimmed + "': the prefix length after '/' must be a number from 0 to 32");
    }
    if (prefix < 0 || prefix > 32) {
      throw new CidrFormatException(
          "'" + trimmed + "': the prefix length must be from 0 to 32, not " + prefix);
    }
    if ((address & ~mask(prefix)) != 0) {
      throw new CidrFormatException(
          "'"
              + trimmed
              + "' is not the start of a block; did you mean "
              + formatAddress(address & mask(prefix))
              + "/"
              + prefix
              + "?");
    }
    return new Ipv4Cidr(address, prefix);
  }

  private static long parseAddress(String text, String whole) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new CidrFormatException(
          "'" + whole + "': an IPv4 address has four numbers separated by dots");
    }
    long value = 0;
    for (String part : parts) {
      int octet;
      try {
        if (part.isEmpty() || part.length() > 3) {
          throw new NumberFormatException();
        }
        octet = Integer.parseInt(part);
      } catch (NumberFormatException e) {
        throw new CidrFormatException(
            "'" + whole + "': '" + part + "' is not a number from 0 to 255");
      }
      if (octet > 255) {
        throw new CidrFormatException("'" + whole + "': " + octet + " is larger than 255");
      }
      value = (value << 8) | octet;
    }
    return value;
  }

  private static long mask(int prefix) {
    return prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
  }

  public static String formatAddress(long address) {
    return String.format(
        Locale.ROOT,
        "%d.%d.%d.%d",
        (address >> 24) & 0xFF,
        (address >> 16) & 0xFF,
        (address >> 8) & 0xFF,
        address & 0xFF);
  }

  public long size() {
    return 1L << (32 - prefixLength);
  }

  public long lastAddress() {
    return network + size() - 1;
  }

  /** Addresses an EC2 subnet of this block can hand out. */
  public long usableInAwsSubnet() {
    return Math.max(0, size() - AWS_RESERVED_PER_SUBNET);
  }

  public boolean contains(Ipv4Cidr other) {
    return other.network >= network && other.lastAddress() <= lastAddress();
  }

  public boolean containsAddress(long address) {
    return address >= network && address <= lastAddress();
  }

  public boolean overlaps(Ipv4Cidr other) {
    return network <= other.lastAddress() && other.network <= lastAddress();
  }

  /** The {@code count} consecutive blocks of {@code newPrefix} that start at this block. */
  public List<Ipv4Cidr> split(int newPrefix, int count) {
    if (newPrefix < prefixLength) {
      throw new IllegalArgumentException(
          "/" + newPrefix + " is larger than " + this + "; it cannot be carved out of it");
    }
    long step = 1L << (32 - newPrefix);
    if (count * step > size()) {
      throw new IllegalArgumentException(
          count + " blocks of /" + newPrefix + " do not fit in " + this);
    }
    List<Ipv4Cidr> blocks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      blocks.add(new Ipv4Cidr(network + i * step, newPrefix));
    }
    return blocks;
  }

  /** The block of the same size right after this one, if it stays within IPv4. */
  public Ipv4Cidr next() {
    return new Ipv4Cidr(network + size(), prefixLength);
  }

  @Override
  public int compareTo(Ipv4Cidr other) {
    int byNetwork = Long.compare(network, other.network);
    return byNetwork != 0 ? byNetwork : Integer.compare(prefixLength, other.prefixLength);
  }

  @Override
  public String toString() {
    return formatAddress(network) + "/" + prefixLength;
  }
}
