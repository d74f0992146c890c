package dev.eksdesk.kube.sandbox;

import dev.eksdesk.domain.net.Ipv4Cidr;
import java.util.Optional;

/**
 * The subnet a node's ENIs draw their addresses from. The sandbox account's EC2 side implements it
 * with its own subnet accounting; {@link SubnetAddressPool} is a standalone one.
 */
public interface SubnetAddresses {
  /** The subnet's CIDR, which names it in the sandbox's saved state. */
  Ipv4Cidr cidr();

  /** A free address of the subnet, or empty when the subnet is exhausted. */
  Optional<String> allocateAddress();

  /** A free, aligned /28 block (prefix delegation), or empty when none is left contiguous. */
  Optional<Ipv4Cidr> allocatePrefix();

  void releaseAddress(String address);

  void releasePrefix(Ipv4Cidr prefix);
}
