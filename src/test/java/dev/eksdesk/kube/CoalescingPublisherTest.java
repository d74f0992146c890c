package dev.eksdesk.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescingPublisherTest {
  private static final Duration INTERVAL = Duration.ofMillis(200);

  @Test
  void aBurstOfChangesFromManyThreadsIsPublishedAtMostOncePerIntervalAndEndsWithTheLastState()
      throws Exception {
    AtomicInteger state = new AtomicInteger();
    List<Long> publishedAt = new CopyOnWriteArrayList<>();
    List<Integer> published = new CopyOnWriteArrayList<>();
    try (CoalescingPublisher<Integer> publisher =
        new CoalescingPublisher<>(
            INTERVAL,
            state::get,
            value -> {
              publishedAt.add(System.nanoTime());
              published.add(value);
            })) {
      long start = System.nanoTime();
      ExecutorService writers = Executors.newFixedThreadPool(4);
      CountDownLatch done = new CountDownLatch(4);
      for (int w = 0; w < 4; w++) {
        writers.execute(
            () -> {
              for (int i = 0; i < 2_500; i++) {
                state.incrementAndGet();
                publisher.changed();
                if (i % 100 == 0) {
                  java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
                }
              }
              done.countDown();
            });
      }
      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
      writers.shutdown();
      long burst = System.nanoTime() - start;

      Eventually.within(
          Duration.ofSeconds(2), () -> assertThat(published).last().isEqualTo(10_000));
      long maxPublications = burst / INTERVAL.toNanos() + 2;
      assertThat(published).hasSizeLessThanOrEqualTo((int) maxPublications).hasSizeGreaterThan(1);
      for (int i = 1; i < publishedAt.size(); i++) {
        assertThat(publishedAt.get(i) - publishedAt.get(i - 1))
            .as("gap before publication %d", i)
            .isGreaterThanOrEqualTo(INTERVAL.toNanos());
      }
    }
  }

  @Test
  void aLoneChangeAfterAQuietSpellIsPublishedAtOnce() throws Exception {
    CountDownLatch published = new CountDownLatch(1);
    try (CoalescingPublisher<String> publisher =
        new CoalescingPublisher<>(INTERVAL, () -> "snapshot", s -> published.countDown())) {
      long start = System.nanoTime();
      publisher.changed();
      assertThat(published.await(1, TimeUnit.SECONDS)).isTrue();
      assertThat(System.nanoTime() - start).isLessThan(INTERVAL.toNanos() / 2);
    }
  }
}
