package dev.eksdesk.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key files Eksdesk writes are what OpenSSH's own tools read, and say the same key. */
class OpenSshPrivateKeyTest {
  @TempDir Path folder;

  @Test
  void sshKeygenReadsTheGeneratedKeyAndFindsTheSamePublicKeyAndFingerprint() throws Exception {
    OpenSshPrivateKey key = OpenSshPrivateKey.generateEd25519("eksdesk key pair demo-key");
    Path file = folder.resolve("demo.pem");
    Files.writeString(file, key.text());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    String publicLine = run("ssh-keygen", "-y", "-f", file.toString()).strip();
    String fingerprint = run("ssh-keygen", "-l", "-f", file.toString());

    assertThat(publicLine).startsWith(key.publicKey().openSsh("x").replace(" x", ""));
    assertThat(fingerprint).contains(key.publicKey().sha256()).contains("(ED25519)");
    assertThat(key.publicKey().isFingerprintedAs(key.publicKey().awsFingerprint())).isTrue();
    assertThat(key.toString()).doesNotContain("PRIVATE");
  }

  @Test
  void thePublicKeyOfAKeySshKeygenMadeIsRead() throws Exception {
    Path file = folder.resolve("rsa");
    run("ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", file.toString());

    String expected = Files.readString(Path.of(file + ".pub")).split(" ")[1];

    assertThat(
            java.util.Base64.getEncoder()
                .encodeToString(OpenSshPrivateKey.publicKeyOf(Files.readString(file)).blob()))
        .isEqualTo(expected);
  }

  @Test
  void otherTextIsRefusedInWords() {
    assertThatThrownBy(() -> OpenSshPrivateKey.publicKeyOf("-----BEGIN RSA PRIVATE KEY-----\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an OpenSSH private key");
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }
}
