package dev.eksdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksdesk.domain.catalog.CatalogGenerator;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainCommandsTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void capacityPrintsTheFiguresAsJson() throws Exception {
    CliRun run =
        CliRun.of("capacity", "t3.micro", "t2.micro", "--output", "json", "--region", "us-east-1");
    assertThat(run.code()).isZero();
    JsonNode rows = json.readTree(run.out());
    JsonNode micro = rows.get(0);
    assertThat(micro.get("instanceType").asText()).isEqualTo("t3.micro");
    assertThat(micro.get("maxEnis").asInt()).isEqualTo(2);
    assertThat(micro.get("ipv4PerEni").asInt()).isEqualTo(2);
    assertThat(micro.get("maxPodsVpcCni").asInt()).isEqualTo(4);
    assertThat(micro.get("maxPodsPrefixDelegation").asInt()).isEqualTo(34);
    assertThat(micro.get("maxPodsOverlay").asInt()).isEqualTo(110);
    assertThat(micro.get("podsOverlay").get("pods").asInt()).isEqualTo(15);
    assertThat(micro.get("podsOverlay").get("limitedBy").asText()).isEqualTo("memory");
    assertThat(micro.get("podsVpcCni").get("limitedBy").asText()).isEqualTo("addresses");
    assertThat(micro.get("pricePerHourUsd").asDouble()).isEqualTo(0.0104);
    assertThat(micro.get("unknownOffline")).isEmpty();
    assertThat(rows.get(1).get("maxPodsPrefixDelegation").isNull()).isTrue();
    assertThat(rows.get(1).get("podsPrefixDelegation").isNull()).isTrue();
  }

  @Test
  void capacityAnswersEveryTypeOfAwsEniMaxPodsWithItsFigure() throws Exception {
    Map<String, Integer> published;
    try (InputStream in =
        InstanceCatalog.class.getResourceAsStream("/dev/eksdesk/domain/catalog/eni-max-pods.txt")) {
      published =
          CatalogGenerator.parseEniMaxPods(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    List<String> args = new ArrayList<>(List.of("capacity", "--output", "json"));
    args.addAll(published.keySet());
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.code()).isZero();
    Map<String, Integer> answered = new HashMap<>();
    json.readTree(run.out())
        .forEach(r -> answered.put(r.get("instanceType").asText(), r.get("maxPodsVpcCni").asInt()));
    assertThat(answered).isEqualTo(published);
  }

  @Test
  void capacitySaysWhatIsUnknownOfflineAndWhenMemoryBinds() throws Exception {
    CliRun text = CliRun.of("capacity", "t3.micro", "m4.large", "c5a.metal");
    assertThat(text.code()).isZero();
    assertThat(text.out())
        .contains("110 (15 mem)")
        .contains("memory holds only N pods")
        .contains("price unknown offline")
        .contains("vCPUs unknown offline");
    assertThat(text.out().lines().filter(l -> l.startsWith("c5a.metal")).findFirst().orElseThrow())
        .contains("unknown");

    JsonNode metal =
        json.readTree(CliRun.of("capacity", "c5a.metal", "--output", "json").out()).get(0);
    assertThat(metal.get("vcpus").isNull()).isTrue();
    assertThat(metal.get("unknownOffline").toString())
        .contains("vcpus", "memoryMiB", "architecture", "pricePerHourUsd");
    assertThat(metal.get("maxPodsVpcCni").asInt()).isEqualTo(737);
  }

  @Test
  void capacityOfAnUnknownTypeExitsTwoNamingCloseMatches() {
    CliRun run = CliRun.of("capacity", "t3.mircro");
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unknown instance type 't3.mircro'").contains("t3.micro");
  }

  @Test
  void capacityTakesOnlyTheAwsFlagsItUsesForPrices() {
    CliRun help = CliRun.of("capacity", "--help");
    assertThat(help.out()).contains("--profile").contains("--endpoint-url").contains("--region");
    assertThat(help.out()).doesNotContain("--sandbox").doesNotContain("--speed");

    CliRun sandbox = CliRun.of("capacity", "t3.micro", "--sandbox");
    assertThat(sandbox.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(sandbox.err()).contains("--sandbox");
  }

  @Test
  void specInitWritesAFileThatValidates(@TempDir Path dir) {
    Path file = dir.resolve("cluster.yaml");
    assertThat(CliRun.of("spec", "init", file.toString()).code()).isZero();
    CliRun validate = CliRun.of("spec", "validate", file.toString());
    assertThat(validate.code()).isZero();
    assertThat(validate.out()).endsWith("valid\n");
    assertThat(CliRun.of("spec", "init", file.toString()).code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void specValidatePrintsEveryProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cluster.yaml");
    CliRun.of("spec", "init", file.toString());
    Files.writeString(file, Files.readString(file).replace("10.0.0.0/24", "10.0.0.0/8"));
    CliRun run = CliRun.of("spec", "validate", file.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).contains("error: network.subnets[0].cidr").contains("outside the VPC");
  }

  @Test
  void estimatePrintsTheTotalAndItsItems(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cluster.yaml");
    CliRun.of("spec", "init", file.toString());
    CliRun run = CliRun.of("estimate", file.toString(), "--output", "json");
    assertThat(run.code()).isZero();
    JsonNode estimate = json.readTree(run.out());
    double sum = 0;
    for (JsonNode item : estimate.get("items")) {
      assertThat(item.get("name").asText()).isNotBlank();
      sum += item.get("monthlyUsd").asDouble();
    }
    assertThat(estimate.get("monthlyUsd").asDouble())
        .isBetween(sum - 0.1, sum + 0.1)
        .isGreaterThan(150);
  }
}
