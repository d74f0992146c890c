package dev.eksdesk.ui.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.recycle.NodeReplacer;
import dev.eksdesk.kube.recycle.RecycleOptions;
import dev.eksdesk.ui.fx.UiExecutors;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The tables' state with 10,000 pods: updates in place, filters, the summary. */
class NodesPodsViewModelTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final NodesPodsViewModel model =
      new NodesPodsViewModel(
          new ClusterRuntimes(),
          UiExecutors.direct(),
          Clock.fixed(T0.plusSeconds(300), ZoneOffset.UTC));

  @Test
  void aSnapshotOfTenThousandPodsChangesOnlyTheRowsThatChanged() {
    List<PodRow> pods = pods(10_000);
    model.show(snapshot(pods));
    PodRow untouched = model.pods().get(5_000);
    AtomicInteger replaced = new AtomicInteger();
    AtomicInteger bulk = new AtomicInteger();
    model
        .pods()
        .addListener(
            (ListChangeListener<PodRow>)
                c -> {
                  while (c.next()) {
                    if (c.getAddedSize() == c.getList().size()) {
                      bulk.incrementAndGet();
                    } else if (c.wasReplaced()) {
                      replaced.addAndGet(c.getAddedSize());
                    }
                  }
                });

    List<PodRow> next = new ArrayList<>(pods);
    for (int i : new int[] {10, 4_000, 9_999}) {
      next.set(i, running(next.get(i)));
    }
    model.show(snapshot(next));

    assertThat(replaced.get()).isEqualTo(3);
    assertThat(bulk.get()).isZero();
    assertThat(model.pods().get(5_000)).isSameAs(untouched);
    assertThat(model.pods().get(4_000).status()).isEqualTo("Running");
    assertThat(model.summaryProperty().get())
        .isEqualTo("2 nodes · 10000 pods (9997 Pending, 3 Running)");
  }

  @Test
  void switchingBackToAClusterShowsItsLastSnapshotAtOnceUntilItsWatchAnswers() {
    List<Runnable> connections = new ArrayList<>(); // never run: no watch answers in this test
    ClusterRuntimes runtimes = new ClusterRuntimes();
    NodesPodsViewModel switching =
        new NodesPodsViewModel(
            runtimes,
            new UiExecutors(connections::add, Runnable::run),
            Clock.fixed(T0.plusSeconds(300), ZoneOffset.UTC));
    switching.start();
    ClusterRuntime alpha = new Unreached("alpha");
    ClusterRuntime beta = new Unreached("beta");
    runtimes.add(alpha);
    runtimes.add(beta);
    runtimes.choose(alpha.key());
    switching.show(snapshot(pods(3)));

    runtimes.choose(beta.key());
    assertThat(switching.pods()).isEmpty();
    assertThat(switching.summaryProperty().get()).isEqualTo("Connecting to beta…");

    runtimes.choose(alpha.key());
    assertThat(switching.cluster()).contains(alpha);
    assertThat(switching.pods())
        .extracting(PodRow::name)
        .containsExactly("web-00000", "web-00001", "web-00002");
    assertThat(switching.summaryProperty().get())
        .startsWith("2 nodes · 3 pods")
        .contains("as seen at")
        .endsWith("connecting…");
  }

  /** A cluster whose API is never reached here: only its name and key matter. */
  private record Unreached(String clusterName) implements ClusterRuntime {
    @Override
    public ClusterSpec spec() {
      return DefaultSpecs.forName(clusterName);
    }

    @Override
    public ClusterKey key() {
      return ClusterKey.sandbox(spec());
    }

    @Override
    public KubeEndpoint endpoint() {
      throw new UnsupportedOperationException("not reached in this test");
    }

    @Override
    public List<NodeIpView> ipView() {
      return List.of();
    }

    @Override
    public CniSwap openCniSwap() {
      throw new UnsupportedOperationException("not reached in this test");
    }

    @Override
    public NodeReplacer nodeReplacer() {
      throw new UnsupportedOperationException("not reached in this test");
    }

    @Override
    public RecycleOptions recycleOptions() {
      return RecycleOptions.defaults();
    }
  }

  @Test
  void aPodThatComesOrGoesReplacesTheListInOneChange() {
    model.show(snapshot(pods(10_000)));
    AtomicInteger changes = new AtomicInteger();
    model.pods().addListener((ListChangeListener<PodRow>) c -> changes.incrementAndGet());

    model.show(snapshot(pods(9_999)));

    assertThat(changes.get()).isEqualTo(1);
    assertThat(model.pods()).hasSize(9_999);
  }

  @Test
  void theFilterKeepsRowsWhereEveryWordMatchesSomeColumn() {
    List<PodRow> pods = new ArrayList<>(pods(10_000));
    pods.set(7, running(pods.get(7)));
    model.show(snapshot(pods));

    model.podFilterProperty().set("web RUNNING");
    assertThat(model.visiblePods()).extracting(PodRow::name).containsExactly(pods.get(7).name());

    model.podFilterProperty().set("node-b");
    assertThat(model.visiblePods()).hasSize(5_000);

    model.podFilterProperty().set("");
    assertThat(model.visiblePods()).hasSize(10_000);

    model.nodeFilterProperty().set("calico");
    assertThat(model.visibleNodes()).extracting(NodeRow::name).containsExactly("node-b");
  }

  @Test
  void agesAreCountedAsKubectlPrintsThem() {
    assertThat(KubeAge.format(java.time.Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(KubeAge.format(java.time.Duration.ofMinutes(12))).isEqualTo("12m");
    assertThat(KubeAge.format(java.time.Duration.ofHours(5))).isEqualTo("5h");
    assertThat(KubeAge.format(java.time.Duration.ofDays(3))).isEqualTo("3d");
  }

  @Test
  void nodeNamesLoseTheirDnsSuffixInTheProgressPanel() {
    assertThat(
            NodeNames.shortenAll(
                "ip-10-0-16-5.eu-central-1.compute.internal: 3 pods on overlay addresses"))
        .isEqualTo("ip-10-0-16-5: 3 pods on overlay addresses");
  }

  private static ClusterSnapshot snapshot(List<PodRow> pods) {
    return new ClusterSnapshot(
        List.of(
            new NodeRow(
                "node-a",
                "i-a",
                "t3.micro",
                "eu-central-1a",
                "10.0.1.4",
                4,
                4,
                Optional.of(CniMode.VPC_CNI),
                true,
                false,
                T0),
            new NodeRow(
                "node-b",
                "i-b",
                "t3.micro",
                "eu-central-1b",
                "10.0.2.4",
                110,
                110,
                Optional.of(CniMode.CALICO_OVERLAY),
                true,
                false,
                T0)),
        pods,
        T0);
  }

  private static List<PodRow> pods(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new PodRow(
                    "default",
                    String.format("web-%05d", i),
                    "0/1",
                    "Pending",
                    0,
                    T0,
                    null,
                    i % 2 == 0 ? "node-a" : "node-b",
                    false))
        .toList();
  }

  private static PodRow running(PodRow pod) {
    return new PodRow(
        pod.namespace(),
        pod.name(),
        "1/1",
        "Running",
        0,
        pod.createdAt(),
        "192.168.0.9",
        pod.node(),
        false);
  }
}
