package dev.eksdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksdesk.cloud.aws.MotoProfileHome;
import dev.eksdesk.cloud.aws.PriceListServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code capacity} with an AWS account: prices it does not bundle come from the Price List API. */
class CapacityPriceListTest {
  @RegisterExtension final MotoProfileHome profileHome = new MotoProfileHome();

  private final PriceListServer server =
      PriceListServer.answering("pricing-get-products-m4.large-eu-central-1.json");

  @AfterEach
  void tearDown() {
    server.close();
  }

  private CliRun capacity(String... more) {
    String[] args = {
      "capacity",
      "m4.large",
      "m7i.large",
      "--profile",
      MotoProfileHome.PROFILE,
      "--region",
      "eu-central-1",
      "--endpoint-url",
      server.endpoint().toString()
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.of(all);
  }

  @Test
  void aTypeWithoutABundledPriceIsPricedFromThePriceListOnce() throws Exception {
    CliRun json = capacity("--output", "json");

    assertThat(json.code()).as(json.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(json.out());
    assertThat(rows.get(0).get("pricePerHourUsd").asDouble()).isEqualTo(0.12);
    assertThat(rows.get(0).get("priceSource").asText()).isEqualTo("aws-price-list");
    assertThat(rows.get(1).get("priceSource").asText()).isEqualTo("bundled");

    CliRun text = capacity();
    assertThat(text.out().lines().filter(l -> l.startsWith("m4.large")).findFirst().orElseThrow())
        .endsWith("0.1200");
    // m7i.large is bundled, and m4.large was kept from the first run
    assertThat(server.productRequests()).hasSize(1);
  }

  @Test
  void aRefusalSaysWhichActionIsNeededAndTheRowStillPrints() {
    server.refuse(400, PriceListServer.ACCESS_DENIED);

    CliRun run = capacity();

    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("pricing:GetProducts").contains("show as unknown");
    assertThat(run.out().lines().filter(l -> l.startsWith("m4.large")).findFirst().orElseThrow())
        .endsWith("price unknown");
    assertThat(run.out()).doesNotContain("offline");
  }
}
