package dev.eksdesk.ui.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.recycle.NodeReplacer;
import dev.eksdesk.kube.recycle.RecycleOptions;
import dev.eksdesk.ui.fx.UiExecutors;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reaching a cluster from Nodes & Pods: kubectl access, and a cluster that cannot be reached. */
class ClusterAccessTest {
  private final ClusterRuntimes runtimes = new ClusterRuntimes();
  private final NodesPodsViewModel model =
      new NodesPodsViewModel(runtimes, UiExecutors.direct(), Clock.systemUTC());

  @AfterEach
  void close() {
    model.close();
  }

  @Test
  void aClusterOnAwsCanBeAddedToTheKubeconfigAndSaysWhere() throws Exception {
    model.start();
    runtimes.add(new Unreachable(Optional.of(() -> "Added arn:aws:eks:x to /home/u/.kube/config")));

    assertThat(model.offersKubectl()).isTrue();
    model.writeKubeconfig();

    assertThat(model.kubectlNoticeProperty().get()).contains("/home/u/.kube/config");
  }

  @Test
  void aKubeconfigThatCannotBeWrittenSaysWhatToCheck() throws Exception {
    model.start();
    runtimes.add(
        new Unreachable(
            Optional.of(
                () -> {
                  throw new IOException("/home/u/.kube/config: Permission denied");
                })));

    model.writeKubeconfig();

    Eventually.within(
        Duration.ofSeconds(10),
        () ->
            assertThat(model.problemProperty().get())
                .contains("Permission denied")
                .contains("writable"));
    assertThat(model.kubectlNoticeProperty().get()).isEmpty();
  }

  @Test
  void aSandboxClusterOffersNoKubectl() throws Exception {
    model.start();
    runtimes.add(new Unreachable(Optional.empty()));

    assertThat(model.offersKubectl()).isFalse();
  }

  @Test
  void anApiServerThatCannotBeReachedIsNamedInsteadOfConnectingForever() throws Exception {
    model.start();
    runtimes.add(new Unreachable(Optional.empty()));

    Eventually.within(
        Duration.ofSeconds(30),
        () -> assertThat(model.problemProperty().get()).startsWith("Cannot reach pw-cluster"));
    assertThat(model.summaryProperty().get()).doesNotContain("Connecting");
  }

  @Test
  void theSameClusterPublishedAgainByARunKeepsItsRowsWhileItReconnects() throws Exception {
    model.start();
    runtimes.add(new Unreachable(Optional.empty()));
    model.show(new ClusterSnapshot(List.of(node()), List.of(), Instant.now()));

    runtimes.add(new Unreachable(Optional.empty()));

    assertThat(model.nodes()).extracting(NodeRow::name).containsExactly("node-a");
  }

  private static NodeRow node() {
    return new NodeRow(
        "node-a",
        "i-a",
        "t3.micro",
        "eu-central-1a",
        "10.0.1.4",
        0,
        4,
        Optional.of(CniMode.VPC_CNI),
        true,
        false,
        Instant.now());
  }

  /** A cluster whose API server address answers nothing. */
  private static final class Unreachable implements ClusterRuntime {
    private final Optional<KubeconfigWrite> kubeconfig;
    private final int closedPort;

    Unreachable(Optional<KubeconfigWrite> kubeconfig) throws IOException {
      this.kubeconfig = kubeconfig;
      try (ServerSocket socket = new ServerSocket(0)) {
        closedPort = socket.getLocalPort();
      }
    }

    @Override
    public ClusterSpec spec() {
      return DefaultSpecs.firstCluster();
    }

    @Override
    public ClusterKey key() {
      return ClusterKey.sandbox(spec());
    }

    @Override
    public KubeEndpoint endpoint() {
      return KubeEndpoint.anonymous("http://127.0.0.1:" + closedPort);
    }

    @Override
    public List<NodeIpView> ipView() {
      return List.of();
    }

    @Override
    public CniSwap openCniSwap() {
      throw new UnsupportedOperationException("not swapped here");
    }

    @Override
    public NodeReplacer nodeReplacer() {
      return instanceId -> {};
    }

    @Override
    public RecycleOptions recycleOptions() {
      throw new UnsupportedOperationException("not recycled here");
    }

    @Override
    public Optional<KubeconfigWrite> kubeconfig() {
      return kubeconfig;
    }
  }
}
