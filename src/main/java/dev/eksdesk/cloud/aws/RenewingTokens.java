package dev.eksdesk.cloud.aws;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * The current EKS token, made anew once it is due: every request of a long watch asks, and only one
 * in about fourteen minutes signs a new one. Thread-safe.
 */
final class RenewingTokens implements Supplier<String> {
  private final Supplier<EksToken> signer;
  private final Clock clock;
  private EksToken current;

  RenewingTokens(Supplier<EksToken> signer, Clock clock) {
    this.signer = signer;
    this.clock = clock;
  }

  @Override
  public synchronized String get() {
    if (current == null || !clock.instant().isBefore(current.expiresAt())) {
      current = signer.get();
    }
    return current.value();
  }
}
