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
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          sha.digest(
              (cluster + "\n" + stepId + "\n" + generation).getBytes(StandardCharsets.UTF_8));
      return new ClientToken("eksdesk-" + HexFormat.of().formatHex(hash, 0, 24));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
