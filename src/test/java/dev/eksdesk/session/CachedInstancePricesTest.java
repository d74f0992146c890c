package dev.eksdesk.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.InstancePrices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedInstancePricesTest {
  private final List<String> asked = new ArrayList<>();
  private final InstancePrices listing =
      (type, region) -> {
        asked.add(region + "/" + type);
        return type.equals("u-12tb1.112xlarge") ? OptionalDouble.empty() : OptionalDouble.of(0.5);
      };

  private static Clock on(String day) {
    return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
  }

  @Test
  void aPriceIsAskedAgainAfterThirtyDays(@TempDir Path home) {
    Path file = CachedInstancePrices.fileIn(home);
    new CachedInstancePrices(listing, file, on("2026-11-01")).hourlyUsd("m4.large", "eu-west-1");

    new CachedInstancePrices(listing, file, on("2026-12-01")).hourlyUsd("m4.large", "eu-west-1");
    assertThat(asked).hasSize(1);

    new CachedInstancePrices(listing, file, on("2026-12-02")).hourlyUsd("m4.large", "eu-west-1");
    assertThat(asked).hasSize(2);
  }

  @Test
  void noneListedIsKeptTooAndEachRegionIsItsOwn(@TempDir Path home) {
    CachedInstancePrices prices =
        new CachedInstancePrices(listing, CachedInstancePrices.fileIn(home), on("2026-12-04"));

    assertThat(prices.hourlyUsd("u-12tb1.112xlarge", "us-east-1")).isEmpty();
    assertThat(prices.hourlyUsd("u-12tb1.112xlarge", "us-east-1")).isEmpty();
    prices.hourlyUsd("m4.large", "us-east-1");
    prices.hourlyUsd("m4.large", "eu-west-1");

    assertThat(asked)
        .containsExactly("us-east-1/u-12tb1.112xlarge", "us-east-1/m4.large", "eu-west-1/m4.large");
  }

  @Test
  void aFailedLookupIsNotKept(@TempDir Path home) {
    Path file = CachedInstancePrices.fileIn(home);
    InstancePrices refusing =
        (type, region) -> {
          throw new CloudException(FailureKind.ACCESS_DENIED, "AccessDeniedException", "no");
        };

    assertThatThrownBy(
            () ->
                new CachedInstancePrices(refusing, file, on("2026-12-04"))
                    .hourlyUsd("m4.large", "us-east-1"))
        .isInstanceOf(CloudException.class);
    assertThat(file).doesNotExist();
  }

  @Test
  void anUnreadableFileOnlyCostsALookup(@TempDir Path home) throws Exception {
    Path file = CachedInstancePrices.fileIn(home);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"us-east-1/m4.large\": {\"usdPerHour\": ");

    assertThat(
            new CachedInstancePrices(listing, file, on("2026-12-04"))
                .hourlyUsd("m4.large", "us-east-1"))
        .hasValue(0.5);
    assertThat(Files.readString(file)).contains("\"usdPerHour\" : 0.5");
  }
}
