package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksdesk.cli.CliRun;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.domain.spec.SshKeySpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eksdesk clusters list --sandbox} after an apply on the Sandbox. */
class ClustersListSandboxTest {
  @TempDir Path home;

  @Test
  void listsTheSandboxsClustersWithTheirRegionAndNodes() throws Exception {
    assertThat(cli("clusters", "list", "--sandbox").out()).contains("No clusters.");
    ClusterSpec spec =
        DefaultSpecs.forName("demo")
            .withRegion("eu-central-1")
            .withSshKey(
                new SshKeySpec(
                    SshKeyMode.GENERATE,
                    "demo-key",
                    home.resolve("demo-key.pem").toString(),
                    true));
    Path file = home.resolve("demo.yaml");
    SpecYaml.save(spec, file);
    CliRun applied = cli("apply", file.toString(), "--sandbox", "--speed", "500");
    assertThat(applied.code()).as(applied.err()).isZero();

    CliRun listed = cli("clusters", "list", "--sandbox", "--output", "json");

    assertThat(listed.code()).as(listed.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(listed.out());
    assertThat(rows).hasSize(1);
    JsonNode demo = rows.get(0);
    assertThat(demo.get("name").asText()).isEqualTo("demo");
    assertThat(demo.get("account").asText()).isEqualTo("sandbox");
    assertThat(demo.get("region").asText()).isEqualTo("eu-central-1");
    assertThat(demo.get("status").asText()).isEqualTo("active");
    assertThat(demo.get("builtByEksdesk").asBoolean()).isTrue();
    assertThat(demo.get("nodes").asInt()).isEqualTo(spec.nodeGroup().desiredSize());
    assertThat(cli("clusters", "list", "--sandbox").out()).contains("NAME").contains("demo");
  }

  private CliRun cli(String... args) {
    return CliRun.in(home, args);
  }
}
