package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.CliRun;
import dev.eksdesk.cli.kube.ClusterOpener;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.domain.spec.SshKeySpec;
import dev.eksdesk.kube.EniView;
import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.WebWorkload;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 20-replica story by prefix delegation through the CLI: two t3.micro nodes hold 4 pods each
 * and most replicas wait; {@code cni prefix-delegation demo --enable} updates the vpc-cni add-on
 * and replaces the nodes with ones of 34 pods, where every replica runs on an address of a /28
 * prefix.
 */
class PrefixDelegationCommandTest {
  private static final Duration SETTLE = Duration.ofSeconds(60);
  private static final int REPLICAS = 20;
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();

  @TempDir Path home;

  @Test
  void twentyReplicasPendingOnT3MicroAllRunFromPrefixesAfterPrefixDelegation() throws Exception {
    CliRun applied = cli("apply", spec().toString(), "--sandbox", "--speed", "1000");
    assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
    onCluster(
        (kube, views) -> {
          WebWorkload.deploy(kube, REPLICAS);
          Eventually.within(
              SETTLE,
              () ->
                  assertThat(running(kube))
                      .as("t3.micro under the VPC CNI: 2 pod addresses per node")
                      .hasSizeLessThan(REPLICAS));
        });

    CliRun unasked = cli("cni", "prefix-delegation", "demo", "--enable", "--sandbox");
    assertThat(unasked.code()).isEqualTo(1);
    assertThat(unasked.err())
        .contains("t3.micro nodes: max pods 4 -> 34")
        .containsPattern("private-a 10\\.0\\.\\d+\\.0/20: \\d+ free /28 blocks, 2 per node")
        .contains("   ~ eks:addon:vpc-cni")
        .contains("maxPods: 4 -> 34");
    assertThat(unasked.err()).contains("there is no terminal to ask");

    CliRun enabled =
        cli(
            "cni",
            "prefix-delegation",
            "demo",
            "--enable",
            "--sandbox",
            "--speed",
            "1000",
            "--yes");
    assertThat(enabled.code()).as(enabled.out() + enabled.err()).isZero();
    assertThat(enabled.out()).contains("1 updated, 2 replaced");

    onCluster(
        (kube, views) ->
            Eventually.within(
                SETTLE,
                () -> {
                  List<Pod> running = running(kube);
                  assertThat(running).hasSize(REPLICAS);
                  List<NodeIpView> nodes = views.get();
                  assertThat(nodes)
                      .hasSize(2)
                      .allSatisfy(n -> assertThat(n.maxPods()).isEqualTo(34));
                  List<Ipv4Cidr> prefixes =
                      nodes.stream()
                          .flatMap(n -> n.enis().stream())
                          .flatMap((EniView e) -> e.prefixes().stream())
                          .map(Ipv4Cidr::parse)
                          .toList();
                  assertThat(running)
                      .allSatisfy(
                          pod -> {
                            long ip = Ipv4Cidr.parse(pod.getStatus().getPodIP() + "/32").network();
                            assertThat(prefixes).anyMatch(p -> p.containsAddress(ip));
                          });
                }));
    CliRun again = cli("cni", "prefix-delegation", "demo", "--enable", "--sandbox");
    assertThat(again.err()).contains("prefix delegation is on already");
    assertThat(again.out()).contains("No changes: cluster demo");
  }

  private interface ClusterCheck {
    void on(KubernetesClient kube, java.util.function.Supplier<List<NodeIpView>> views)
        throws Exception;
  }

  private void onCluster(ClusterCheck check) throws Exception {
    try (ClusterOpener.OpenCluster open =
            new SandboxClusterOpener(home, CATALOG).open("demo").orElseThrow();
        KubernetesClient kube = KubeClients.connect(open.runtime().endpoint())) {
      check.on(kube, open.runtime()::ipView);
    }
  }

  private static List<Pod> running(KubernetesClient kube) {
    return kube.pods().inNamespace("default").withLabel("app", "web").list().getItems().stream()
        .filter(p -> "Running".equals(p.getStatus().getPhase()))
        .toList();
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
    return CliRun.in(home, new KubeCommandContext(new SandboxClusterOpener(home, CATALOG)), args);
  }
}
