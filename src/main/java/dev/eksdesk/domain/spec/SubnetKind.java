package dev.eksdesk.domain.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Public subnets route to the internet gateway; private ones through NAT, if any. */
public enum SubnetKind {
  @JsonProperty("public")
  PUBLIC,
  @JsonProperty("private")
  PRIVATE
}
