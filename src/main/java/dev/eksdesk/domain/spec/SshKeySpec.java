package dev.eksdesk.domain.spec;

import static dev.eksdesk.domain.spec.Require.present;

/**
 * The SSH key pair.
 *
 * @param keyPairName the EC2 key pair's name (created when generating)
 * @param privateKeyPath where a generated private key is written, mode 0600; empty otherwise
 */
public record SshKeySpec(SshKeyMode mode, String keyPairName, String privateKeyPath) {
  public SshKeySpec {
    present(mode, "mode");
    keyPairName = keyPairName == null ? "" : keyPairName;
    privateKeyPath = privateKeyPath == null ? "" : privateKeyPath;
  }
}
