package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.session.CachedInstancePrices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;

/** The Price List adapter against a local GetProducts that answers a recorded response. */
class AwsInstancePricesTest {
  private final PriceListServer server =
      PriceListServer.answering("pricing-get-products-m4.large-eu-central-1.json");
  private final AwsClients clients =
      new AwsClients(
          AwsClientSettings.forAws(
                  Region.EU_WEST_1,
                  StaticCredentialsProvider.create(
                      AwsBasicCredentials.create("testing", "testing")))
              .withEndpointOverride(server.endpoint())
              .withRetries(RetryMode.STANDARD, 1),
          new ApiCallCounter());
  private final AwsInstancePrices prices =
      new AwsInstancePrices(clients, new AccountChoice.Environment());

  @AfterEach
  void tearDown() {
    clients.close();
    server.close();
  }

  @Test
  void readsTheOnDemandHourlyPriceOfTheLinuxProduct() throws Exception {
    // the recorded product also carries a 1-year reserved rate of 0.076, which is not on demand
    assertThat(prices.hourlyUsd("m4.large", "eu-central-1")).hasValue(0.12);

    JsonNode request = new ObjectMapper().readTree(server.productRequests().get(0));
    assertThat(request.get("ServiceCode").asText()).isEqualTo("AmazonEC2");
    Map<String, String> filters = new HashMap<>();
    request
        .get("Filters")
        .forEach(
            f -> {
              assertThat(f.get("Type").asText()).isEqualTo("TERM_MATCH");
              filters.put(f.get("Field").asText(), f.get("Value").asText());
            });
    assertThat(filters)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "instanceType", "m4.large",
                "regionCode", "eu-central-1",
                "operatingSystem", "Linux",
                "tenancy", "Shared",
                "preInstalledSw", "NA",
                "capacitystatus", "Used"));
  }

  @Test
  void theCacheAsksOncePerTypeAndRegionAndKeepsTheDateOnDisk(@TempDir Path home) throws Exception {
    Path file = CachedInstancePrices.fileIn(home);
    Clock today = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    assertThat(new CachedInstancePrices(prices, file, today).hourlyUsd("m4.large", "eu-central-1"))
        .hasValue(0.12);
    // a later run reads the file instead of asking AWS
    assertThat(new CachedInstancePrices(prices, file, today).hourlyUsd("m4.large", "eu-central-1"))
        .hasValue(0.12);

    assertThat(server.productRequests()).hasSize(1);
    assertThat(Files.readString(file)).contains("eu-central-1/m4.large").contains("2026-12-04");
  }

  @Test
  void aRefusalNamesTheIamActionNeeded() {
    server.refuse(400, PriceListServer.ACCESS_DENIED);

    assertThatThrownBy(() -> prices.hourlyUsd("m4.large", "eu-central-1"))
        .isInstanceOfSatisfying(
            CloudException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.ACCESS_DENIED))
        .hasMessageContaining("need pricing:GetProducts")
        .hasMessageContaining("Ask an administrator to allow pricing:GetProducts");
  }
}
