package dev.eksdesk.kube.sandbox;

import dev.eksdesk.domain.net.Ipv4Cidr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Calico's IPAM on one node: addresses from the node's affine blocks, a new block when full. */
final class CalicoIpam {
  private final String node;
  private final CalicoPool pool;
  private final List<Ipv4Cidr> blocks = new ArrayList<>();
  private final Map<String, String> addressByPod = new HashMap<>();
  private final Set<String> used = new HashSet<>();

  CalicoIpam(String node, CalicoPool pool) {
    this.node = node;
    this.pool = pool;
  }

  /** Takes back the blocks and pod addresses a saved node held. */
  void restore(List<String> savedBlocks, Map<String, String> savedAddresses) {
    savedBlocks.stream().map(Ipv4Cidr::parse).forEach(blocks::add);
    pool.restoreBlocks(node, blocks);
    addressByPod.putAll(savedAddresses);
    used.addAll(savedAddresses.values());
  }

  Map<String, String> addressByPod() {
    return Map.copyOf(addressByPod);
  }

  Optional<String> assign(String podUid) {
    String held = addressByPod.get(podUid);
    if (held != null) {
      return Optional.of(held);
    }
    Optional<String> address = freeAddress();
    if (address.isEmpty()) {
      Optional<Ipv4Cidr> block = pool.claimBlock(node);
      block.ifPresent(blocks::add);
      address = block.flatMap(claimed -> freeAddress());
    }
    address.ifPresent(
        a -> {
          used.add(a);
          addressByPod.put(podUid, a);
        });
    return address;
  }

  void releaseUnless(Set<String> livePodUids) {
    addressByPod
        .entrySet()
        .removeIf(e -> !livePodUids.contains(e.getKey()) && used.remove(e.getValue()));
  }

  List<String> blocks() {
    return blocks.stream().map(Ipv4Cidr::toString).toList();
  }

  int addressesInUse() {
    return used.size();
  }

  private Optional<String> freeAddress() {
    for (Ipv4Cidr block : blocks) {
      for (long a = block.network(); a <= block.lastAddress(); a++) {
        String address = Ipv4Cidr.formatAddress(a);
        if (!used.contains(address)) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }
}
