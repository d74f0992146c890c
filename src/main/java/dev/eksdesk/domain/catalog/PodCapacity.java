package dev.eksdesk.domain.catalog;

import java.util.OptionalInt;

/**
 * Max pods per node, computed as AWS does: the VPC CNI figure of eni-max-pods.txt and the
 * prefix-delegation, custom-networking and ceiling rules of AWS's max-pods-calculator.sh; and how
 * many of them the node's memory can really hold ({@link #limit}).
 */
public final class PodCapacity {
  /** Addresses in one delegated /28 prefix. */
  public static final int ADDRESSES_PER_PREFIX = 16;

  /** The calculator's ceiling: 110 pods up to 30 vCPUs, 250 above ({@code CPU_COUNT -gt 30}). */
  static final int CEILING_LOW_CPU = 110;

  static final int CEILING_HIGH_CPU = 250;
  static final int CPU_CEILING_THRESHOLD = 30;

  /** The EKS AMI's kube-reserved memory: 255 MiB plus 11 MiB per max pod (nodeadm). */
  static final int KUBE_RESERVED_BASE_MIB = 255;

  static final int KUBE_RESERVED_PER_POD_MIB = 11;

  /** The EKS AMI's kubelet evictionHard threshold, memory.available. */
  static final int EVICTION_HARD_MIB = 100;

  /**
   * Eksdesk's assumption, not an AWS figure: the least memory a pod needs beyond the kubelet's
   * per-pod reserve (a pause container and one small process). Real pods need more, so the memory
   * limit is an upper bound.
   */
  static final int MIN_POD_MEMORY_MIB = 32;

  /** aws-node and kube-proxy use the host network, so they take no pod address. */
  private static final int HOST_NETWORK_PODS = 2;

  private PodCapacity() {}

  /**
   * Pod addresses a node's ENIs can hold: ENIs × (IPv4 per ENI − 1), each slot a /28 of 16
   * addresses under prefix delegation.
   */
  public static int podAddressSlots(InstanceType type, boolean prefixDelegation) {
    int slots = type.maxEnis() * (type.ipv4PerEni() - 1);
    return prefixDelegation ? slots * ADDRESSES_PER_PREFIX : slots;
  }

  /** The figure the EKS AMI uses under the plain VPC CNI (eni-max-pods.txt, no ceiling). */
  public static int vpcCni(InstanceType type) {
    return podAddressSlots(type, false) + HOST_NETWORK_PODS;
  }

  /** Pods in a separate subnet: the node's primary ENI carries no pods. */
  public static int vpcCniCustomNetworking(InstanceType type) {
    return Math.min(
        (type.maxEnis() - 1) * (type.ipv4PerEni() - 1) + HOST_NETWORK_PODS, ceiling(type));
  }

  /** Empty when the type is neither Nitro nor bare metal, where the CNI offers no prefixes. */
  public static OptionalInt prefixDelegation(InstanceType type) {
    if (!type.supportsPrefixDelegation()) {
      return OptionalInt.empty();
    }
    int raw = podAddressSlots(type, true) + HOST_NETWORK_PODS;
    return OptionalInt.of(Math.min(raw, ceiling(type)));
  }

  /** An overlay CNI is bound only by the kubelet's max-pods, which Eksdesk sets to the ceiling. */
  public static int overlay(InstanceType type) {
    return ceiling(type);
  }

  /** Max pods on the node under the given mode; a non-Nitro type falls back to the VPC CNI. */
  public static int maxPods(InstanceType type, CniMode mode) {
    return switch (mode) {
      case VPC_CNI -> vpcCni(type);
      case VPC_CNI_PREFIX_DELEGATION -> prefixDelegation(type).orElse(vpcCni(type));
      case CALICO_OVERLAY -> overlay(type);
    };
  }

  /**
   * Subnet addresses one node holds when it runs its maximum number of pods: every ENI's addresses
   * under the VPC CNI, primary addresses plus whole /28 prefixes under prefix delegation, only its
   * primary address under an overlay.
   */
  public static int subnetAddressesAtMaxPods(InstanceType type, CniMode mode) {
    return switch (mode) {
      case VPC_CNI -> type.maxEnis() * type.ipv4PerEni();
      case VPC_CNI_PREFIX_DELEGATION -> {
        if (!type.supportsPrefixDelegation()) {
          yield type.maxEnis() * type.ipv4PerEni();
        }
        int prefixes = prefixesAtMaxPods(type);
        int prefixesPerEni = type.ipv4PerEni() - 1;
        int enisUsed = Math.max(1, (prefixes + prefixesPerEni - 1) / prefixesPerEni);
        yield enisUsed + prefixes * ADDRESSES_PER_PREFIX;
      }
      case CALICO_OVERLAY -> 1;
    };
  }

  /** The /28 prefixes a node takes from its subnet to run its max pods under prefix delegation. */
  public static int prefixesAtMaxPods(InstanceType type) {
    int podAddresses = maxPods(type, CniMode.VPC_CNI_PREFIX_DELEGATION) - HOST_NETWORK_PODS;
    return (podAddresses + ADDRESSES_PER_PREFIX - 1) / ADDRESSES_PER_PREFIX;
  }

  /**
   * Pods the node's memory holds: the most pods n for which the EKS AMI's kube-reserved memory for
   * n pods, its eviction threshold and n × {@link #MIN_POD_MEMORY_MIB} fit in the type's memory.
   * Empty when the memory is unknown offline.
   */
  public static OptionalInt memoryLimit(InstanceType type) {
    if (type.memoryMiB().isEmpty()) {
      return OptionalInt.empty();
    }
    int free = type.memoryMiB().getAsInt() - KUBE_RESERVED_BASE_MIB - EVICTION_HARD_MIB;
    return OptionalInt.of(Math.max(0, free / (KUBE_RESERVED_PER_POD_MIB + MIN_POD_MEMORY_MIB)));
  }

  /** How {@link #memoryLimit} counts, in words for people. */
  public static String memoryRule() {
    return "the EKS AMI reserves "
        + KUBE_RESERVED_BASE_MIB
        + " MiB + "
        + KUBE_RESERVED_PER_POD_MIB
        + " MiB per pod for the kubelet and keeps "
        + EVICTION_HARD_MIB
        + " MiB free, and a pod is assumed to need at least "
        + MIN_POD_MEMORY_MIB
        + " MiB";
  }

  /** The pods a node really runs under the mode, and the limit that stops it at that number. */
  public static PodLimit limit(InstanceType type, CniMode mode) {
    int maxPods = maxPods(type, mode);
    OptionalInt memory = memoryLimit(type);
    if (memory.isPresent() && memory.getAsInt() < maxPods) {
      return new PodLimit(memory.getAsInt(), PodLimit.Bound.MEMORY);
    }
    boolean addressBound =
        switch (mode) {
          case VPC_CNI -> true;
          case VPC_CNI_PREFIX_DELEGATION -> maxPods < ceiling(type);
          case CALICO_OVERLAY -> false;
        };
    return new PodLimit(maxPods, addressBound ? PodLimit.Bound.ADDRESSES : PodLimit.Bound.KUBELET);
  }

  /**
   * 110, or 250 above 30 vCPUs; 110 when the vCPUs are unknown offline (the safe kubelet value).
   */
  private static int ceiling(InstanceType type) {
    return type.vcpus().orElse(CPU_CEILING_THRESHOLD) > CPU_CEILING_THRESHOLD
        ? CEILING_HIGH_CPU
        : CEILING_LOW_CPU;
  }
}
