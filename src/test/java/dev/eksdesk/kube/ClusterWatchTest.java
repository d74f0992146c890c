package dev.eksdesk.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.kube.sandbox.CrudApiServer;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against the mock API server in CRUD mode, as the sandbox runs it. */
class ClusterWatchTest {
  private static final Duration INTERVAL = Duration.ofMillis(200);
  private static final int PODS = 10_000;

  private final CrudApiServer server = new CrudApiServer();
  private final KubernetesClient client = server.client();

  /** The first list failing would fail every test here; each checks it did not. */
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  @AfterEach
  void stop() {
    server.close();
    assertThat(failure.get()).isNull();
  }

  @Test
  void tenThousandPodsCreatedWhileWatchingArePublishedInFewCoalescedSnapshots() throws Exception {
    createNode("ip-10-0-1-10.eu-central-1.compute.internal", "i-0aaa");
    List<Long> publishedAt = new CopyOnWriteArrayList<>();
    AtomicReference<ClusterSnapshot> last = new AtomicReference<>();
    try (ClusterWatch watch =
        new ClusterWatch(
            client,
            INTERVAL,
            snapshot -> {
              publishedAt.add(System.nanoTime());
              last.set(snapshot);
            },
            failure::set)) {
      watch.start();
      long start = System.nanoTime();
      ExecutorService creators = Executors.newFixedThreadPool(8);
      List<Future<?>> creations =
          IntStream.range(0, 8)
              .mapToObj(
                  w ->
                      creators.submit(
                          () -> {
                            for (int i = w; i < PODS; i += 8) {
                              client.pods().inNamespace("load").resource(pod(i)).create();
                            }
                          }))
              .<Future<?>>map(f -> f)
              .toList();
      for (Future<?> creation : creations) {
        creation.get();
      }
      creators.shutdown();
      long creating = System.nanoTime() - start;

      Eventually.within(Duration.ofSeconds(10), () -> assertThat(last.get().pods()).hasSize(PODS));
      long elapsed = System.nanoTime() - start;
      assertThat(publishedAt.size())
          .as("publications for %d pods over %d ms", PODS, elapsed / 1_000_000)
          .isLessThanOrEqualTo((int) (elapsed / INTERVAL.toNanos()) + 2);
      for (int i = 1; i < publishedAt.size(); i++) {
        assertThat(publishedAt.get(i) - publishedAt.get(i - 1))
            .isGreaterThanOrEqualTo(INTERVAL.toNanos());
      }
      assertThat(last.get().nodes())
          .singleElement()
          .satisfies(n -> assertThat(n.podsRunning()).isEqualTo(PODS));
      assertThat(last.get().pods().get(0).key()).isEqualTo("load/pod-00000");
      System.out.printf(
          "ClusterWatch: %d pods created in %d ms, %d snapshots published%n",
          PODS, creating / 1_000_000, publishedAt.size());
    }
  }

  @Test
  void podRowsReadLikeKubectlAndNodeRowsCountRunningPods() {
    createNode("ip-10-0-1-10.eu-central-1.compute.internal", "i-0aaa");
    Pod stuck =
        new PodBuilder(pod(1))
            .editStatus()
            .withPhase("Pending")
            .addNewContainerStatus()
            .withName("app")
            .withReady(false)
            .withRestartCount(0)
            .withNewState()
            .withNewWaiting()
            .withReason("ContainerCreating")
            .endWaiting()
            .endState()
            .endContainerStatus()
            .endStatus()
            .build();
    client.pods().inNamespace("load").resource(pod(0)).create();
    client.pods().inNamespace("load").resource(stuck).create();
    AtomicReference<ClusterSnapshot> last = new AtomicReference<>();
    try (ClusterWatch watch = new ClusterWatch(client, INTERVAL, last::set, failure::set)) {
      watch.start();
      Eventually.within(
          Duration.ofSeconds(5),
          () -> {
            assertThat(last.get()).isNotNull();
            assertThat(last.get().pods()).hasSize(2);
          });
      PodRow running = last.get().pods().get(0);
      assertThat(running)
          .extracting(PodRow::ready, PodRow::status, PodRow::restarts, PodRow::ip, PodRow::node)
          .containsExactly(
              "1/1", "Running", 2, "192.168.0.0", "ip-10-0-1-10.eu-central-1.compute.internal");
      assertThat(last.get().pods().get(1).status()).isEqualTo("ContainerCreating");
      assertThat(last.get().nodes())
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.instanceId()).isEqualTo("i-0aaa");
                assertThat(n.instanceType()).isEqualTo("t3.micro");
                assertThat(n.maxPods()).isEqualTo(110);
                assertThat(n.podsRunning()).isEqualTo(1);
                assertThat(n.status()).isEqualTo("Ready");
              });
    }
  }

  @Test
  void theFirstSnapshotIsTheWholeClusterNotTheFirstObjectsToArrive() throws Exception {
    for (int n = 0; n < 5; n++) {
      createNode("ip-10-0-1-1" + n + ".eu-central-1.compute.internal", "i-0aa" + n);
    }
    for (int i = 0; i < 200; i++) {
      client.pods().inNamespace("load").resource(pod(i)).create();
    }
    List<ClusterSnapshot> published = new CopyOnWriteArrayList<>();
    try (ClusterWatch watch = new ClusterWatch(client, INTERVAL, published::add, failure::set)) {
      watch.start();
      Eventually.within(Duration.ofSeconds(10), () -> assertThat(published).isNotEmpty());
      ClusterSnapshot first = published.get(0);
      assertThat(first.nodes()).hasSize(5);
      assertThat(first.pods()).hasSize(200);
    }
  }

  @Test
  void anEmptyClusterIsPublishedOnceListed() {
    AtomicReference<ClusterSnapshot> last = new AtomicReference<>();
    try (ClusterWatch watch = new ClusterWatch(client, INTERVAL, last::set, failure::set)) {
      watch.start();
      Eventually.within(Duration.ofSeconds(10), () -> assertThat(last.get()).isNotNull());
      assertThat(last.get().nodes()).isEmpty();
      assertThat(last.get().pods()).isEmpty();
    }
  }

  @Test
  void aClusterThatRefusesTheIdentitySaysSoInsteadOfStayingSilent() {
    KubernetesMockServer refusing = new KubernetesMockServer(false);
    refusing.init();
    refusing
        .expect()
        .get()
        .withPath("/api/v1/nodes?resourceVersion=0")
        .andReturn(403, "{}")
        .always();
    refusing
        .expect()
        .get()
        .withPath("/api/v1/pods?resourceVersion=0")
        .andReturn(403, "{}")
        .always();
    AtomicReference<Throwable> refused = new AtomicReference<>();
    AtomicReference<ClusterSnapshot> last = new AtomicReference<>();
    try (KubernetesClient toRefusing =
            KubeClients.connect(KubeEndpoint.anonymous(refusing.url("/")));
        ClusterWatch watch = new ClusterWatch(toRefusing, INTERVAL, last::set, refused::set)) {
      watch.start();
      Eventually.within(Duration.ofSeconds(20), () -> assertThat(refused.get()).isNotNull());
      assertThat(last.get()).isNull();
      assertThat(KubeFailures.describe("shop", refused.get()))
          .contains("may not list nodes and pods");
    } finally {
      refusing.destroy();
    }
  }

  private void createNode(String name, String instanceId) {
    client
        .nodes()
        .resource(
            new NodeBuilder()
                .withNewMetadata()
                .withName(name)
                .withLabels(
                    Map.of(
                        WellKnown.LABEL_INSTANCE_TYPE,
                        "t3.micro",
                        WellKnown.LABEL_ZONE,
                        "eu-central-1a"))
                .endMetadata()
                .withNewSpec()
                .withProviderID("aws:///eu-central-1a/" + instanceId)
                .endSpec()
                .withNewStatus()
                .withAllocatable(Map.of("pods", new Quantity("110")))
                .addNewCondition()
                .withType("Ready")
                .withStatus("True")
                .endCondition()
                .endStatus()
                .build())
        .create();
  }

  private static Pod pod(int i) {
    return new PodBuilder()
        .withNewMetadata()
        .withName(String.format("pod-%05d", i))
        .withNamespace("load")
        .endMetadata()
        .withNewSpec()
        .withNodeName("ip-10-0-1-10.eu-central-1.compute.internal")
        .addNewContainer()
        .withName("app")
        .withImage("nginx")
        .endContainer()
        .endSpec()
        .withNewStatus()
        .withPhase("Running")
        .withPodIP("192.168." + (i / 256) + "." + (i % 256))
        .addNewContainerStatus()
        .withName("app")
        .withReady(true)
        .withRestartCount(2)
        .endContainerStatus()
        .endStatus()
        .build();
  }
}
