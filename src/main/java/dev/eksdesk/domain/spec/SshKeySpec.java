package dev.eksdesk.domain.spec;

import static dev.eksdesk.domain.spec.Require.present;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The SSH key pair.
 *
 * @param keyPairName the EC2 key pair's name (created when generating)
 * @param privateKeyPath where a generated private key is written, mode 0600; empty otherwise
 * @param allowOutsideHome whether that path may lie outside the user's home (see {@link
 *     PrivateKeyLocation}); written to the file only when true
 */
public record SshKeySpec(
    SshKeyMode mode,
    String keyPairName,
    String privateKeyPath,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean allowOutsideHome) {
  public SshKeySpec {
    present(mode, "mode");
    keyPairName = keyPairName == null ? "" : keyPairName;
    privateKeyPath = privateKeyPath == null ? "" : privateKeyPath;
    allowOutsideHome = Boolean.TRUE.equals(allowOutsideHome);
  }

  /** A key whose private half, if generated, is written under the user's home. */
  public SshKeySpec(SshKeyMode mode, String keyPairName, String privateKeyPath) {
    this(mode, keyPairName, privateKeyPath, false);
  }
}
