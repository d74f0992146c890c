package dev.eksdesk.cloud;

import java.util.Objects;

/** An idempotency token: at most 64 printable ASCII characters, as EC2 and EKS accept. */
public record ClientToken(String value) {
  public static final int MAX_LENGTH = 64;

  public ClientToken {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a client token has 1 to 64 characters: " + value);
    }
    if (!value.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new IllegalArgumentException("a client token is printable ASCII: " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
