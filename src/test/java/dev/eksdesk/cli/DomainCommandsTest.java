package dev.eksdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainCommandsTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void capacityPrintsTheFiguresAsJson() throws Exception {
    CliRun run =
        CliRun.of("capacity", "t3.micro", "t2.micro", "--output", "json", "--region", "us-east-1");
    assertThat(run.exitCode()).isZero();
    JsonNode rows = json.readTree(run.out());
    JsonNode micro = rows.get(0);
    assertThat(micro.get("instanceType").asText()).isEqualTo("t3.micro");
    assertThat(micro.get("maxEnis").asInt()).isEqualTo(2);
    assertThat(micro.get("ipv4PerEni").asInt()).isEqualTo(2);
    assertThat(micro.get("maxPodsVpcCni").asInt()).isEqualTo(4);
    assertThat(micro.get("maxPodsPrefixDelegation").asInt()).isEqualTo(34);
    assertThat(micro.get("maxPodsOverlay").asInt()).isEqualTo(110);
    assertThat(micro.get("pricePerHourUsd").asDouble()).isEqualTo(0.0104);
    assertThat(rows.get(1).get("maxPodsPrefixDelegation").isNull()).isTrue();
  }

  @Test
  void capacityOfAnUnknownTypeExitsTwoNamingCloseMatches() {
    CliRun run = CliRun.of("capacity", "t3.mircro");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unknown instance type 't3.mircro'").contains("t3.micro");
  }

  @Test
  void specInitWritesAFileThatValidates(@TempDir Path dir) {
    Path file = dir.resolve("cluster.yaml");
    assertThat(CliRun.of("spec", "init", file.toString()).exitCode()).isZero();
    CliRun validate = CliRun.of("spec", "validate", file.toString());
    assertThat(validate.exitCode()).isZero();
    assertThat(validate.out()).endsWith("valid\n");
    assertThat(CliRun.of("spec", "init", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void specValidatePrintsEveryProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cluster.yaml");
    CliRun.of("spec", "init", file.toString());
    Files.writeString(file, Files.readString(file).replace("10.0.0.0/24", "10.0.0.0/8"));
    CliRun run = CliRun.of("spec", "validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).contains("error: network.subnets[0].cidr").contains("outside the VPC");
  }

  @Test
  void estimatePrintsTheTotalAndItsItems(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cluster.yaml");
    CliRun.of("spec", "init", file.toString());
    CliRun run = CliRun.of("estimate", file.toString(), "--output", "json");
    assertThat(run.exitCode()).isZero();
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
