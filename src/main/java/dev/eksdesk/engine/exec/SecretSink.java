package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.OneTimeSecret;

/** Takes the secrets AWS returns once (a key pair's private key); never the journal. */
@FunctionalInterface
public interface SecretSink {
  void accept(String stepId, OneTimeSecret secret);

  static SecretSink discard() {
    return (stepId, secret) -> {};
  }
}
