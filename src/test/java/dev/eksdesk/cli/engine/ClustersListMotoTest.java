package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksdesk.cli.CliRun;
import dev.eksdesk.cloud.aws.ApiCallCounter;
import dev.eksdesk.cloud.aws.AwsClients;
import dev.eksdesk.cloud.aws.MotoForeignCluster;
import dev.eksdesk.cloud.aws.MotoProfileHome;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.domain.spec.SshKeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;

/**
 * {@code eksdesk clusters list} and {@code status} on moto: a cluster another tool made beside one
 * Eksdesk applied.
 */
class ClustersListMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @RegisterExtension final MotoProfileHome profileHome = new MotoProfileHome();
  private Path home;

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    home = profileHome.path();
  }

  @Test
  void listsForeignAndOwnClustersAndShowsTheForeignOnesStatus() throws Exception {
    try (AwsClients clients =
        new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter())) {
      MotoForeignCluster.build(clients, "shop");
    }
    Path spec = home.resolve("own.yaml");
    ClusterSpec own =
        DefaultSpecs.forName("own")
            .withSshKey(
                new SshKeySpec(
                    SshKeyMode.GENERATE, "own-key", home.resolve("own-key.pem").toString(), true));
    SpecYaml.save(own, spec);
    // into moto's region, zones and all, as a user would edit the file
    Files.writeString(spec, Files.readString(spec).replace(DefaultSpecs.REGION, "eu-west-1"));
    CliRun applied = cli(MotoProfileHome.onMoto(MOTO, "apply", spec.toString(), "--yes"));
    assertThat(applied.code()).as(applied.err()).isZero();

    CliRun listed = cli(MotoProfileHome.onMoto(MOTO, "clusters", "list", "--output", "json"));

    assertThat(listed.code()).as(listed.err()).isZero();
    Map<String, JsonNode> byName = new HashMap<>();
    new ObjectMapper()
        .readTree(listed.out())
        .forEach(row -> byName.put(row.get("name").asText(), row));
    assertThat(byName).containsOnlyKeys("shop", "own");
    JsonNode shop = byName.get("shop");
    assertThat(shop.get("builtByEksdesk").asBoolean()).isFalse();
    assertThat(shop.get("account").asText()).isEqualTo(MotoServer.ACCOUNT_ID);
    assertThat(shop.get("region").asText()).isEqualTo("eu-west-1");
    assertThat(shop.get("status").asText()).isEqualTo("active");
    assertThat(shop.get("nodes").asInt()).isEqualTo(2);
    assertThat(byName.get("own").get("builtByEksdesk").asBoolean()).isTrue();

    CliRun status = cli(MotoProfileHome.onMoto(MOTO, "status", "shop"));
    assertThat(status.code()).as(status.err()).isZero();
    assertThat(status.out()).contains("not built by Eksdesk").contains("EKS_NODEGROUP");
  }

  @Test
  void anAccountThatCannotBeReachedSaysWhyAndTheSandboxStillLists() throws Exception {
    Path spec = home.resolve("demo.yaml");
    SpecYaml.save(
        DefaultSpecs.forName("demo")
            .withSshKey(
                new SshKeySpec(
                    SshKeyMode.GENERATE,
                    "demo-key",
                    home.resolve("demo-key.pem").toString(),
                    true)),
        spec);
    assertThat(cli("apply", spec.toString(), "--sandbox", "--speed", "500").code()).isZero();

    CliRun listed =
        cli(
            "clusters",
            "list",
            "--profile",
            MotoProfileHome.PROFILE,
            "--region",
            "eu-west-1",
            "--endpoint-url",
            "http://127.0.0.1:9",
            "--output",
            "json");

    assertThat(listed.code()).isEqualTo(1);
    assertThat(listed.err()).contains("Nothing answers").contains("the Sandbox's follow");
    JsonNode rows = new ObjectMapper().readTree(listed.out());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("name").asText()).isEqualTo("demo");
    assertThat(rows.get(0).get("account").asText()).isEqualTo("sandbox");
  }

  private CliRun cli(String... args) {
    return CliRun.in(home, args);
  }
}
