package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.CliRun;
import dev.eksdesk.cli.kube.ClusterOpener;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.cloud.MetricPoint;
import dev.eksdesk.cloud.MetricRange;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsWindow;
import dev.eksdesk.cloud.sandbox.SandboxMetricsSource;
import dev.eksdesk.cloud.sandbox.SandboxSession;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.domain.spec.SshKeySpec;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.Fabric8Gateway;
import dev.eksdesk.kube.KubeGateway;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster built on the Sandbox at 300x is as old as the wall clock says once the run ends: its
 * control plane, its nodes, its pods and the last chart point carry wall-clock times.
 */
class SandboxWallClockTest {
  private static final Duration TOLERANCE = Duration.ofSeconds(30);
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();

  @TempDir Path home;

  @Test
  void agesAndTheLastChartPointFollowTheWallClockAfterAFastBuild() throws Exception {
    Instant buildStarted = Instant.now();
    CliRun applied = cli("apply", spec().toString(), "--sandbox", "--speed", "300");
    assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
    Instant built = Instant.now();
    Thread.sleep(10_000);

    try (SandboxSession session = new SandboxSession(home, CATALOG, 300)) {
      Instant now = Instant.now();
      assertThat(session.account().now()).isBetween(now.minus(TOLERANCE), now.plus(TOLERANCE));

      SandboxMetricsSource metrics = new SandboxMetricsSource(session::account, CATALOG);
      MetricsInventory inventory = metrics.inventory("demo");
      assertThat(inventory.controlPlane().orElseThrow().createdAt()).isBetween(buildStarted, built);
      assertThat(inventory.nodes())
          .hasSize(2)
          .allSatisfy(node -> assertThat(node.launchedAt()).isBetween(buildStarted, built));

      // the charts end at the inventory's moment, and no point lies beyond the wall clock
      assertThat(inventory.readAt()).isBetween(now.minus(TOLERANCE), now.plus(TOLERANCE));
      MetricsWindow window = MetricsWindow.ending(MetricRange.HOUR, inventory.readAt());
      List<MetricPoint> points =
          metrics.fetch(inventory.queries(), window).stream()
              .flatMap(series -> series.points().stream())
              .toList();
      assertThat(points).allSatisfy(point -> assertThat(point.at()).isBefore(now));
    }

    try (ClusterOpener.OpenCluster open =
            new SandboxClusterOpener(home, CATALOG).open("demo").orElseThrow();
        KubeGateway gateway = Fabric8Gateway.connect(open.runtime().endpoint())) {
      AtomicReference<ClusterSnapshot> latest = new AtomicReference<>();
      try (AutoCloseable watch = gateway.watchCluster(latest::set)) {
        Eventually.within(
            Duration.ofSeconds(20),
            () -> {
              Instant now = Instant.now();
              assertThat(latest.get().pods())
                  .isNotEmpty()
                  .allSatisfy(pod -> assertThat(pod.createdAt()).isBetween(buildStarted, now));
              assertThat(latest.get().nodes())
                  .hasSize(2)
                  .allSatisfy(node -> assertThat(node.createdAt()).isBetween(buildStarted, now));
            });
      }
    }
  }

  private Path spec() throws Exception {
    ClusterSpec spec =
        DefaultSpecs.forName("demo")
            .withSshKey(
                new SshKeySpec(
                    SshKeyMode.GENERATE,
                    "demo-key",
                    home.resolve("demo-key.pem").toString(),
                    true));
    Path file = home.resolve("demo.yaml");
    SpecYaml.save(spec, file);
    return file;
  }

  private CliRun cli(String... args) {
    KubeCommandContext clusters = new KubeCommandContext(new SandboxClusterOpener(home, CATALOG));
    return CliRun.in(home, clusters, args);
  }
}
