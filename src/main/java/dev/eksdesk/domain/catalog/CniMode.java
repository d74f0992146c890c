package dev.eksdesk.domain.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How pods get their IP addresses, which decides how many fit on a node. */
public enum CniMode {
  @JsonProperty("vpc-cni")
  VPC_CNI(
      "AWS VPC CNI",
      "Pods get real VPC addresses from the node's ENIs, so the instance type caps the pods"
          + " per node (a t3.micro holds 4). Simplest, and what EKS installs."),
  @JsonProperty("prefix-delegation")
  VPC_CNI_PREFIX_DELEGATION(
      "VPC CNI with prefix delegation",
      "Each ENI slot holds a /28 prefix (16 addresses), so small Nitro types run up to 110"
          + " pods. Needs free contiguous /28 blocks in the subnet and new nodes."),
  @JsonProperty("calico")
  CALICO_OVERLAY(
      "Calico overlay",
      "Pods get addresses from an overlay pool, not from the subnet, so only the kubelet's"
          + " limit applies. The EKS control plane cannot reach overlay pods: webhooks and"
          + " metrics-server need host networking.");

  private final String displayName;
  private final String tradeOff;

  CniMode(String displayName, String tradeOff) {
    this.displayName = displayName;
    this.tradeOff = tradeOff;
  }

  public String displayName() {
    return displayName;
  }

  public String tradeOff() {
    return tradeOff;
  }

  /** Whether pods take addresses from the VPC subnet the node lives in. */
  public boolean podsUseSubnetAddresses() {
    return this != CALICO_OVERLAY;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
