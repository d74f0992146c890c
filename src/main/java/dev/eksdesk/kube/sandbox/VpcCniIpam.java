package dev.eksdesk.kube.sandbox;

import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.kube.EniView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the VPC CNI's ipamd does on one node: attach ENIs, take secondary addresses (or /28
 * prefixes) from the subnet, keep a warm pool (WARM_ENI_TARGET=1, or WARM_PREFIX_TARGET=1 under
 * prefix delegation) and hand addresses to pods. Not thread-safe: the controller thread owns it.
 */
final class VpcCniIpam {
  private final InstanceType type;
  private final boolean prefixDelegation;
  private final SubnetAddresses subnet;
  private final List<Eni> enis = new ArrayList<>();
  private final Map<String, String> addressByPod = new HashMap<>();

  VpcCniIpam(NodeRegistration node, boolean prefixDelegation) {
    this.type = node.instanceType();
    this.prefixDelegation = prefixDelegation;
    this.subnet = node.subnet();
    // The primary ENI comes with the instance; its primary address is the node's own.
    enis.add(new Eni(eniId(node.instanceId(), 0), 0, node.privateIp()));
    topUpWarmPool();
  }

  /** The IPAM of a node the sandbox saved, with its ENIs and pods' addresses as they were. */
  VpcCniIpam(
      NodeRegistration node,
      boolean prefixDelegation,
      List<SavedNetwork.SavedEni> saved,
      Map<String, String> addressByPod) {
    this.type = node.instanceType();
    this.prefixDelegation = prefixDelegation;
    this.subnet = node.subnet();
    for (SavedNetwork.SavedEni s : saved) {
      Eni eni = new Eni(s.id(), s.deviceIndex(), s.primary());
      eni.secondaries.addAll(s.secondaries());
      s.prefixes().stream().map(Ipv4Cidr::parse).forEach(eni.prefixes::add);
      eni.used.addAll(s.used());
      enis.add(eni);
    }
    this.addressByPod.putAll(addressByPod);
  }

  List<SavedNetwork.SavedEni> saved() {
    return enis.stream()
        .map(
            e ->
                new SavedNetwork.SavedEni(
                    e.id,
                    e.deviceIndex,
                    e.primary,
                    List.copyOf(e.secondaries),
                    e.prefixes.stream().map(Ipv4Cidr::toString).toList(),
                    List.copyOf(e.used)))
        .toList();
  }

  Map<String, String> addressByPod() {
    return Map.copyOf(addressByPod);
  }

  /** Every subnet address the ENIs hold, so a restored subnet pool does not hand them out again. */
  void reserveIn(SubnetAddressPool pool) {
    for (Eni eni : enis) {
      pool.reserveAddress(eni.primary);
      eni.secondaries.forEach(pool::reserveAddress);
      eni.prefixes.forEach(pool::reservePrefix);
    }
  }

  /** The pod's address, reusing the one it already holds; empty when none can be had. */
  Optional<String> assign(String podUid) {
    String held = addressByPod.get(podUid);
    if (held != null) {
      return Optional.of(held);
    }
    topUpWarmPool();
    Optional<String> free = enis.stream().flatMap(e -> e.free().stream()).findFirst();
    free.ifPresent(
        address -> {
          addressByPod.put(podUid, address);
          enis.stream().filter(e -> e.holds(address)).findFirst().orElseThrow().used.add(address);
          topUpWarmPool();
        });
    return free;
  }

  void releaseUnless(Set<String> livePodUids) {
    addressByPod
        .entrySet()
        .removeIf(
            entry -> {
              if (livePodUids.contains(entry.getKey())) {
                return false;
              }
              enis.forEach(e -> e.used.remove(entry.getValue()));
              return true;
            });
  }

  /** Gives every address back to the subnet: the instance was terminated. */
  void releaseAll() {
    for (Eni eni : enis) {
      if (eni.deviceIndex > 0) {
        subnet.releaseAddress(eni.primary);
      }
      eni.secondaries.forEach(subnet::releaseAddress);
      eni.prefixes.forEach(subnet::releasePrefix);
    }
    enis.clear();
    addressByPod.clear();
  }

  /** Pod addresses the node can hold at most: ENIs × (IPv4 per ENI − 1), times 16 per prefix. */
  int capacity() {
    return PodCapacity.podAddressSlots(type, prefixDelegation);
  }

  List<EniView> view() {
    return enis.stream()
        .map(
            e ->
                new EniView(
                    e.id,
                    e.deviceIndex,
                    e.primary,
                    e.addresses().stream().filter(e.used::contains).toList(),
                    e.free(),
                    e.prefixes.stream().map(Ipv4Cidr::toString).toList()))
        .toList();
  }

  /**
   * WARM_ENI_TARGET=1: while less than one ENI's worth of addresses is free, fill the last ENI, or
   * attach the next one and fill it. WARM_PREFIX_TARGET=1: keep one whole free prefix.
   */
  private void topUpWarmPool() {
    int warmTarget = prefixDelegation ? PodCapacity.ADDRESSES_PER_PREFIX : slotsPerEni();
    while (freeAddresses() < warmTarget && grow()) {
      // each round fills an ENI's free slots or attaches one more ENI
    }
  }

  private boolean grow() {
    Eni last = enis.get(enis.size() - 1);
    if (last.slotsUsed() < slotsPerEni()) {
      return prefixDelegation ? addPrefix(last) : fillSecondaries(last);
    }
    if (enis.size() < type.maxEnis()) {
      Optional<String> primary = subnet.allocateAddress();
      primary.ifPresent(
          address -> enis.add(new Eni(eniId(enis.get(0).id, enis.size()), enis.size(), address)));
      return primary.isPresent();
    }
    return false;
  }

  private boolean fillSecondaries(Eni eni) {
    boolean added = false;
    while (eni.slotsUsed() < slotsPerEni()) {
      Optional<String> address = subnet.allocateAddress();
      if (address.isEmpty()) {
        break;
      }
      eni.secondaries.add(address.get());
      added = true;
    }
    return added;
  }

  private boolean addPrefix(Eni eni) {
    Optional<Ipv4Cidr> prefix = subnet.allocatePrefix();
    prefix.ifPresent(eni.prefixes::add);
    return prefix.isPresent();
  }

  private int slotsPerEni() {
    return type.ipv4PerEni() - 1;
  }

  private int freeAddresses() {
    return enis.stream().mapToInt(e -> e.free().size()).sum();
  }

  private static String eniId(String seed, int index) {
    return "eni-" + String.format("%017x", Math.abs((long) (seed + "#" + index).hashCode()));
  }

  private static final class Eni {
    final String id;
    final int deviceIndex;
    final String primary;
    final List<String> secondaries = new ArrayList<>();
    final List<Ipv4Cidr> prefixes = new ArrayList<>();
    final Set<String> used = new LinkedHashSet<>();

    Eni(String id, int deviceIndex, String primary) {
      this.id = id;
      this.deviceIndex = deviceIndex;
      this.primary = primary;
    }

    int slotsUsed() {
      return secondaries.size() + prefixes.size();
    }

    List<String> addresses() {
      List<String> all = new ArrayList<>(secondaries);
      for (Ipv4Cidr prefix : prefixes) {
        for (long a = prefix.network(); a <= prefix.lastAddress(); a++) {
          all.add(Ipv4Cidr.formatAddress(a));
        }
      }
      return all;
    }

    List<String> free() {
      return addresses().stream().filter(a -> !used.contains(a)).toList();
    }

    boolean holds(String address) {
      return addresses().contains(address);
    }
  }
}
