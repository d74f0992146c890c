package dev.eksdesk.domain.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserHomeTest {
  @Test
  void homeIsTheHomeVariableWhenSetLikeSshAndTheAwsCli() {
    assertThat(UserHome.resolve(Map.of("HOME", "/tmp/elsewhere"), "/home/ana"))
        .isEqualTo(Path.of("/tmp/elsewhere"));
    assertThat(UserHome.resolve(Map.of(), "/home/ana")).isEqualTo(Path.of("/home/ana"));
    assertThat(UserHome.resolve(Map.of("HOME", " "), "/home/ana")).isEqualTo(Path.of("/home/ana"));
  }

  @Test
  void aLeadingTildeIsTheHomeFolder() {
    Path home = Path.of("/tmp/elsewhere");

    assertThat(UserHome.expand("~/.ssh/demo.pem", home))
        .isEqualTo(Path.of("/tmp/elsewhere/.ssh/demo.pem"));
    assertThat(UserHome.expand("/keys/demo.pem", home)).isEqualTo(Path.of("/keys/demo.pem"));
    assertThat(UserHome.expand("~other/demo.pem", home).toString()).endsWith("~other/demo.pem");
  }
}
