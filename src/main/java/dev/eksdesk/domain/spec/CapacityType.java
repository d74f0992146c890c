package dev.eksdesk.domain.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How node group instances are bought. */
public enum CapacityType {
  @JsonProperty("on-demand")
  ON_DEMAND,
  @JsonProperty("spot")
  SPOT
}
