package dev.eksdesk.domain.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningCostTest {
  private static final Instant CREATED = Instant.parse("2025-11-01T00:00:00Z");
  private final HourlyRates rates =
      new HourlyRates(InstanceCatalog.bundled(), PriceBook.bundled(), "eu-central-1");

  @Test
  void eachResourceCostsItsRateTimesItsUptime() {
    List<MeteredResource> meters =
        List.of(
            rates.controlPlane("pw", CREATED),
            rates.natGateway("nat-1", CREATED.plus(Duration.ofHours(2))),
            rates.instance("i-1", "node", "t3.micro", CREATED).orElseThrow(),
            rates.gp3Disk("i-1", "disk", 20, CREATED));

    RunningCost cost = RunningCost.at(meters, CREATED.plus(Duration.ofHours(10)));

    double disk = 20 * 0.0952 / 730 * 10;
    assertThat(cost.totalUsd()).isCloseTo(0.10 * 10 + 0.052 * 8 + 0.012 * 10 + disk, within(1e-9));
    assertThat(cost.usdPerHour()).isCloseTo(0.10 + 0.052 + 0.012 + 20 * 0.0952 / 730, within(1e-9));
    assertThat(cost.monthlyAtCurrentRate().get(CostCategory.CONTROL_PLANE))
        .isCloseTo(73.0, within(1e-9));
  }

  @Test
  void nothingIsOwedBeforeAResourceExistsAndPerPodNeedsPods() {
    MeteredResource later = rates.controlPlane("pw", CREATED.plus(Duration.ofDays(1)));
    RunningCost cost = RunningCost.at(List.of(later), CREATED);

    assertThat(cost.totalUsd()).isZero();
    assertThat(cost.monthlyPerPod(0)).isEmpty();
    assertThat(cost.monthlyPerPod(10).getAsDouble()).isCloseTo(7.3, within(1e-9));
  }

  @Test
  void anInstanceTypeWithoutAPriceIsNotInventedAsFree() {
    assertThat(rates.instance("i-2", "odd", "no-such.type", CREATED)).isEmpty();
  }
}
