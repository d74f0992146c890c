package dev.eksdesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class BlockingCallSamplerTest {
  private static final Duration LIMIT = Duration.ofMillis(100);

  @Test
  void reportsAThreadWaitingForALockThatAnotherThreadHolds() throws Exception {
    Object lock = new Object();
    CountDownLatch held = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () -> {
              synchronized (lock) {
                held.countDown();
                sleep(400);
              }
            });
    holder.start();
    held.await();
    Thread waiter =
        new Thread(
            () -> {
              synchronized (lock) {
                lock.notifyAll();
              }
            });
    try (BlockingCallSampler sampler = new BlockingCallSampler(waiter, LIMIT)) {
      waiter.start();
      waiter.join();
      assertThat(sampler.stalls()).singleElement().asString().contains("BLOCKED", "lambda$");
    }
    holder.join();
  }

  @Test
  void reportsAThreadThatSleeps() throws Exception {
    Thread sleeper = new Thread(() -> sleep(300));
    try (BlockingCallSampler sampler = new BlockingCallSampler(sleeper, LIMIT)) {
      sleeper.start();
      sleeper.join();
      assertThat(sampler.stalls()).hasSize(1);
    }
  }

  @Test
  void ignoresAThreadThatComputesForLong() throws Exception {
    Thread busy =
        new Thread(
            () -> {
              long until = System.nanoTime() + Duration.ofMillis(400).toNanos();
              double x = 0;
              while (System.nanoTime() < until) {
                x += Math.sqrt(x + 1);
              }
            });
    try (BlockingCallSampler sampler = new BlockingCallSampler(busy, LIMIT)) {
      busy.start();
      busy.join();
      assertThat(sampler.stalls()).isEmpty();
    }
  }

  @Test
  void reportsAThreadWaitingOnTheNetwork() throws Exception {
    Thread listener =
        new Thread(
            () -> {
              try (ServerSocket server = new ServerSocket(0)) {
                server.setSoTimeout(300);
                server.accept();
              } catch (IOException expected) {
                // nobody connects: the accept times out
              }
            });
    try (BlockingCallSampler sampler = new BlockingCallSampler(listener, LIMIT)) {
      listener.start();
      listener.join();
      assertThat(sampler.stalls()).singleElement().asString().contains("accept");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
