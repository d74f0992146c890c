package dev.eksdesk.account;

import java.util.Objects;
import java.util.Optional;

/** Where the credentials for a session come from, as chosen in the wizard or on the CLI. */
public sealed interface AccountChoice
    permits AccountChoice.Sandbox,
        AccountChoice.Profile,
        AccountChoice.Environment,
        AccountChoice.StaticKeys {

  /** The simulated in-process account; it has no AWS credentials at all. */
  record Sandbox() implements AccountChoice {}

  /** A named profile from {@code ~/.aws/config} or {@code ~/.aws/credentials}. */
  record Profile(String name) implements AccountChoice {
    public Profile {
      requireText(name, "profile name");
    }
  }

  /** {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN}. */
  record Environment() implements AccountChoice {}

  /**
   * Keys typed into the wizard. Held in memory only until the user asks to save them.
   *
   * @param sessionToken empty for long-lived IAM user keys
   */
  record StaticKeys(String accessKeyId, String secretAccessKey, Optional<String> sessionToken)
      implements AccountChoice {
    public StaticKeys {
      requireText(accessKeyId, "access key id");
      requireText(secretAccessKey, "secret access key");
      Objects.requireNonNull(sessionToken, "sessionToken");
    }

    /** Never shows the secret or the session token: records end up in logs and exceptions. */
    @Override
    public String toString() {
      return "StaticKeys[accessKeyId="
          + accessKeyId
          + ", secretAccessKey=****"
          + (sessionToken.isPresent() ? ", sessionToken=****" : "")
          + "]";
    }
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
