package dev.eksdesk.cloud.aws;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token for an EKS cluster's Kubernetes API.
 *
 * @param expiresAt when to make a new one; before EKS stops accepting this one
 */
public record EksToken(String value, Instant expiresAt) {
  public EksToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Tokens are bearer secrets: keep them out of logs. */
  @Override
  public String toString() {
    return "EksToken[expiresAt=" + expiresAt + "]";
  }
}
