package dev.eksdesk.domain.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the SSH key for the bastion and the nodes comes from. */
public enum SshKeyMode {
  /** Eksdesk creates a key pair and writes the private key (mode 0600) where the user said. */
  @JsonProperty("generate")
  GENERATE,
  /** A key pair that already exists in the account. */
  @JsonProperty("existing")
  EXISTING,
  /** No SSH access at all. */
  @JsonProperty("none")
  NONE
}
