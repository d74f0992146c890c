package dev.eksdesk.ui.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.Fabric8Gateway;
import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.LogFollow;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.SandboxWithWeb;
import dev.eksdesk.ui.fx.UiExecutors;
import io.fabric8.kubernetes.api.model.Pod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log window's state on a sandbox pod, without a screen: one thread stands for the FX thread.
 */
class PodLogViewModelTest {
  private final ExecutorService background = Executors.newFixedThreadPool(2);
  private final ExecutorService fx = Executors.newSingleThreadExecutor();
  private SandboxWithWeb sandbox;
  private KubeGateway gateway;
  private PodLogViewModel model;

  @BeforeEach
  void start() throws Exception {
    sandbox = new SandboxWithWeb(1);
    gateway = Fabric8Gateway.connect(sandbox.kube.endpoint());
    Pod web = sandbox.pods("app", "web").get(0);
    PodRow row =
        new PodRow(
            "default", web.getMetadata().getName(), "1/1", "Running", 0, null, null, null, false);
    model = onFx(() -> new PodLogViewModel(gateway, row, new UiExecutors(background, fx)));
  }

  @AfterEach
  void stop() throws Exception {
    onFx(
        () -> {
          model.close();
          return null;
        });
    background.shutdown();
    background.awaitTermination(10, TimeUnit.SECONDS);
    fx.shutdownNow();
    gateway.close();
    sandbox.close();
  }

  @Test
  void aFollowedLogGrowsUntilTheWindowClosesThenItsStreamStops() throws Exception {
    onFx(
        () -> {
          model.start();
          return null;
        });
    Eventually.within(
        Duration.ofSeconds(20),
        () -> assertThat(read(() -> model.lines().size())).isGreaterThan(3));
    LogFollow stream = model.following();

    onFx(
        () -> {
          model.close();
          return null;
        });

    stream.stopped().toCompletableFuture().get(10, TimeUnit.SECONDS);
    int atClose = read(() -> model.lines().size());
    LockSupport.parkNanos(Duration.ofSeconds(3).toNanos());
    assertThat(read(() -> model.lines().size())).isEqualTo(atClose);
    assertThat(model.following()).isNull();
  }

  @Test
  void theTailAndTheSearchNarrowTheLines() throws Exception {
    onFx(
        () -> {
          model.followProperty().set(false);
          model.tailProperty().set(null);
          model.start();
          return null;
        });
    Eventually.within(
        Duration.ofSeconds(10),
        () -> assertThat(read(() -> model.lines().size())).isGreaterThan(1));

    onFx(
        () -> {
          model.searchProperty().set("WORKER processes");
          return null;
        });
    assertThat(read(() -> List.copyOf(model.visibleLines())))
        .containsExactly("nginx/1.27.3: start worker processes");

    onFx(
        () -> {
          model.searchProperty().set("");
          model.tailProperty().set(100);
          model.sinceProperty().set(Duration.ofMinutes(5));
          model.tailProperty().set(1);
          return null;
        });
    Eventually.within(
        Duration.ofSeconds(10), () -> assertThat(read(() -> model.lines().size())).isEqualTo(1));
  }

  @Test
  void thePreviousContainerThatNeverRanIsExplained() throws Exception {
    onFx(
        () -> {
          model.previousProperty().set(true);
          model.start();
          return null;
        });

    Eventually.within(
        Duration.ofSeconds(10),
        () ->
            assertThat(read(() -> model.statusProperty().get()))
                .contains("previous terminated container \"web\"")
                .contains("not found"));
  }

  @Test
  void downloadWritesTheWholeLogToTheChosenFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("web.log");
    onFx(
        () -> {
          model.tailProperty().set(1);
          model.start();
          return null;
        });
    Eventually.within(
        Duration.ofSeconds(10),
        () -> assertThat(read(() -> model.containerProperty().get())).isEqualTo("web"));

    onFx(
        () -> {
          model.save(file);
          return null;
        });

    Eventually.within(
        Duration.ofSeconds(10),
        () -> assertThat(read(() -> model.statusProperty().get())).startsWith("Saved "));
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("nginx/1.27.3: start worker processes");
  }

  private <T> T onFx(Callable<T> work) throws Exception {
    return fx.submit(work).get(10, TimeUnit.SECONDS);
  }

  private <T> T read(Callable<T> work) {
    try {
      return onFx(work);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
