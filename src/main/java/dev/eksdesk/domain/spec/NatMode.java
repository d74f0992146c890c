package dev.eksdesk.domain.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How private subnets reach the internet. */
public enum NatMode {
  @JsonProperty("none")
  NONE("No NAT gateway: private subnets have no internet access (nodes cannot pull images)."),
  @JsonProperty("single")
  SINGLE("One NAT gateway shared by all zones: cheapest, but a zone outage cuts egress."),
  @JsonProperty("per-zone")
  PER_ZONE("One NAT gateway in every zone: survives a zone outage, costs one gateway per zone.");

  private final String explanation;

  NatMode(String explanation) {
    this.explanation = explanation;
  }

  public String explanation() {
    return explanation;
  }

  public int gateways(int zones) {
    return switch (this) {
      case NONE -> 0;
      case SINGLE -> 1;
      case PER_ZONE -> zones;
    };
  }
}
