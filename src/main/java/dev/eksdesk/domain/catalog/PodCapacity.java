package dev.eksdesk.domain.catalog;

import java.util.OptionalInt;

/**
 * Max pods per node, computed as AWS does: the VPC CNI figure of eni-max-pods.txt and the
 * prefix-delegation, custom-networking and ceiling rules of AWS's max-pods-calculator.sh.
 */
public final class PodCapacity {
  /** Addresses in one delegated /28 prefix. */
  public static final int ADDRESSES_PER_PREFIX = 16;

  /** The calculator's ceiling: 110 pods below 30 vCPUs, 250 from there on. */
  static final int CEILING_LOW_CPU = 110;

  static final int CEILING_HIGH_CPU = 250;
  static final int CPU_CEILING_THRESHOLD = 30;

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

  /** Empty when the type is not Nitro, where prefix delegation is not offered. */
  public static OptionalInt prefixDelegation(InstanceType type) {
    if (!type.nitro()) {
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
        if (!type.nitro()) {
          yield type.maxEnis() * type.ipv4PerEni();
        }
        int podAddresses = maxPods(type, mode) - HOST_NETWORK_PODS;
        int prefixes = (podAddresses + ADDRESSES_PER_PREFIX - 1) / ADDRESSES_PER_PREFIX;
        int prefixesPerEni = type.ipv4PerEni() - 1;
        int enisUsed = Math.max(1, (prefixes + prefixesPerEni - 1) / prefixesPerEni);
        yield enisUsed + prefixes * ADDRESSES_PER_PREFIX;
      }
      case CALICO_OVERLAY -> 1;
    };
  }

  private static int ceiling(InstanceType type) {
    return type.vcpus() < CPU_CEILING_THRESHOLD ? CEILING_LOW_CPU : CEILING_HIGH_CPU;
  }
}
