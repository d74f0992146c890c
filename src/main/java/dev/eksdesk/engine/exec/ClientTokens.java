package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.ClientToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Client tokens made from the cluster, the step and its generation, so the same create after a
 * crash carries the same token (the SDK's own tokens only cover retries inside one call).
 */
public final class ClientTokens {
  private ClientTokens() {}

  public static ClientToken forStep(String cluster, String stepId, int generation) {
    return of(cluster + "\n" + stepId + "\n" + generation);
  }

  /**
   * The token of one update: the same update asked again after a crash carries the same token,
   * while a later update of the same attributes (the record confirmed at another time) does not.
   */
  public static ClientToken forUpdate(
      String cluster, String stepId, String operation, String recordedAt, String desired) {
    return of(cluster + "\n" + stepId + "\n" + operation + "\n" + recordedAt + "\n" + desired);
  }

  private static ClientToken of(String basis) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest(basis.getBytes(StandardCharsets.UTF_8));
      return new ClientToken("eksdesk-" + HexFormat.of().formatHex(hash, 0, 24));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
