package dev.eksdesk.domain.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateKeyLocationTest {
  @TempDir Path home;
  @TempDir Path elsewhere;

  @Test
  void aNewFileUnderTheHomeFolderIsFineAndTildeMeansHome() {
    assertThat(PrivateKeyLocation.resolve("~/.ssh/k.pem", home))
        .isEqualTo(home.resolve(".ssh/k.pem"));
    assertThat(problem("~/.ssh/k.pem", false)).isEmpty();
  }

  @Test
  void anExistingPrivateKeyMayBeReplacedButNoOtherFile() throws Exception {
    Files.writeString(home.resolve("old.pem"), "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n");
    Files.writeString(home.resolve("notes.txt"), "root:x:0:0:root:/root:/bin/bash\n");
    Files.createDirectories(home.resolve(".ssh"));

    assertThat(problem("~/old.pem", false)).isEmpty();
    assertThat(problem("~/notes.txt", false)).contains("is not a private key");
    assertThat(problem("~/.ssh", false)).contains("is a folder");
  }

  @Test
  void outsideTheHomeFolderOnlyWhenTheSpecSaysSoAndNeverOverAFile() throws Exception {
    Path outside = elsewhere.resolve("k.pem");
    Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0\n");

    assertThat(problem(outside.toString(), false))
        .contains("outside your home folder")
        .contains("allowOutsideHome: true");
    assertThat(problem(outside.toString(), true)).isEmpty();
    assertThat(problem(elsewhere.resolve("passwd").toString(), true))
        .contains("is not a private key");
    assertThat(problem("~/../" + elsewhere.getFileName() + "/k.pem", false))
        .contains("outside your home folder");
  }

  @Test
  void aLinkInTheHomeFolderCannotLeadOutOfIt() throws Exception {
    Files.createSymbolicLink(home.resolve("keys"), elsewhere);

    assertThat(problem("~/keys/k.pem", false)).contains("outside your home folder");
  }

  private String problem(String path, boolean allowOutsideHome) {
    return PrivateKeyLocation.problem(
            new SshKeySpec(SshKeyMode.GENERATE, "k", path, allowOutsideHome), home)
        .orElse("");
  }
}
