package dev.eksdesk.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CostReportCacheTest {
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2025-11-30T23:30:00Z"));
  private final List<LocalDate> reads = new ArrayList<>();
  private final CostReportCache cache =
      new CostReportCache(
          (today, days) -> {
            reads.add(today);
            return new CostReport(now.get(), today, List.of(), Optional.empty(), "");
          },
          now::get);

  @Test
  void refreshesWithinAnHourReuseTheReport() {
    CostReport first = cache.get();
    now.set(now.get().plus(Duration.ofMinutes(59)));

    assertThat(cache.get()).isSameAs(first);
    assertThat(reads).hasSize(1);
  }

  @Test
  void anHourLaterARefreshReadsAgainForTheNewUtcDay() {
    cache.get();
    now.set(now.get().plus(Duration.ofMinutes(60)));
    cache.get();

    assertThat(reads).containsExactly(LocalDate.of(2025, 11, 30), LocalDate.of(2025, 12, 1));
  }

  @Test
  void theManualReadGoesOutButADoubleClickDoesNot() {
    cache.get();
    now.set(now.get().plus(Duration.ofMinutes(2)));
    cache.readNow();
    cache.readNow();

    assertThat(reads).hasSize(2);
    assertThat(cache.cached()).isPresent();
  }
}
