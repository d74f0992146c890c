package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentReadTest {
  private Instant now = Instant.parse("2026-11-25T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void readsAgainOnlyOnceTheLastReadIsOldEnough() {
    AtomicInteger reads = new AtomicInteger();
    RecentRead<Integer> read =
        new RecentRead<>(Duration.ofSeconds(15), reads::incrementAndGet, clock);

    assertThat(read.get()).isEqualTo(1);
    now = now.plusSeconds(14);
    assertThat(read.get()).isEqualTo(1);
    now = now.plusSeconds(1);
    assertThat(read.get()).isEqualTo(2);
    assertThat(reads).hasValue(2);
  }
}
