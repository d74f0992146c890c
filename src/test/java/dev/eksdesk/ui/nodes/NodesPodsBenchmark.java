package dev.eksdesk.ui.nodes;

import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.Fabric8Gateway;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.MetricsServerReach;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.ResourceUse;
import dev.eksdesk.kube.UsageReading;
import dev.eksdesk.kube.WellKnown;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.recycle.NodeReplacer;
import dev.eksdesk.kube.recycle.RecycleOptions;
import dev.eksdesk.kube.sandbox.CrudApiServer;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nodes & Pods with 10,000 pods on 100 nodes, read through the watch and the metrics API from
 * fabric8's mock server as the Sandbox serves them: scroll, filter and refresh times of the screen,
 * without and with the usage columns, as docs/PERFORMANCE.md reports them. Not part of the normal
 * run; see the command there.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class NodesPodsBenchmark {
  private static final int NODES = 100;
  private static final int PODS = 10_000;
  private static final int WARM_UP = 20;
  private static final int RUNS = 60;
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private final CrudApiServer server = new CrudApiServer();
  private final ExecutorService background = Executors.newFixedThreadPool(2);
  private Stage stage;

  @Start
  void start(Stage stage) {
    Themes.apply(false);
    this.stage = stage;
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
    server.close();
  }

  @Test
  void scrollFilterAndRefreshOfTenThousandPodsWithTheUsageColumns(FxRobot robot) throws Exception {
    loadCluster();
    ClusterRuntime runtime = new MockServerRuntime(server.endpoint());
    ClusterRuntimes runtimes = new ClusterRuntimes();
    runtimes.add(runtime);
    List<String> lines = new ArrayList<>();
    lines.add(String.format("Nodes & Pods: %d nodes, %d pods", NODES, PODS));
    lines.add(readUsage(runtime));
    lines.addAll(measureScreen(robot, runtimes, runtime, false));
    lines.addAll(measureScreen(robot, runtimes, runtime, true));
    Path out = Path.of("target", "nodes-pods");
    Files.createDirectories(out);
    Files.write(out.resolve("benchmark.txt"), lines);
    lines.forEach(System.out::println);
  }

  /** What each refresh of the usage columns costs off the FX thread: the two metrics API lists. */
  private String readUsage(ClusterRuntime runtime) {
    try (KubeGateway gateway = Fabric8Gateway.connect(runtime.endpoint())) {
      UsageReading first = gateway.readUsage();
      if (first.pods().size() != PODS || first.nodes().size() != NODES) {
        throw new AssertionError(
            "the metrics API gave "
                + first.pods().size()
                + " pods and "
                + first.nodes().size()
                + " nodes: "
                + first.unavailable());
      }
      return measure(
          "usage reading (metrics API, off the FX thread)", 3, 10, i -> gateway.readUsage());
    }
  }

  private List<String> measureScreen(
      FxRobot robot, ClusterRuntimes runtimes, ClusterRuntime runtime, boolean withUsage)
      throws Exception {
    UiExecutors executors = new UiExecutors(background, Platform::runLater);
    NodesPodsViewModel model = new NodesPodsViewModel(runtimes, executors, Clock.systemUTC());
    // read once when shown; every reading measured below is handed over by the benchmark
    UsageViewModel usage =
        withUsage ? new UsageViewModel(runtimes, executors, Duration.ofHours(1)) : null;
    Scene scene =
        onFx(
            () -> {
              Scene shown =
                  new Scene(
                      Fxml.load(
                          new NodesPodsView(
                              model,
                              new CniSwapViewModel(executors),
                              new RecycleViewModel(executors),
                              usage,
                              NodeGroupChanges.NONE)),
                      1360,
                      900);
              Themes.addAppStylesheet(shown);
              stage.setScene(shown);
              stage.show();
              return shown;
            });
    try {
      WaitForAsyncUtils.waitFor(
          60, TimeUnit.SECONDS, () -> onFx(() -> model.pods().size()) == PODS);
      if (usage != null) {
        WaitForAsyncUtils.waitFor(
            60,
            TimeUnit.SECONDS,
            () ->
                onFx(
                    () ->
                        model.pods().stream().allMatch(p -> usage.ofPod(p.key()).isPresent())
                            && model.nodes().stream()
                                .allMatch(n -> usage.ofNode(n.name()).isPresent())));
      }
      String columns = withUsage ? "with usage" : "without usage";
      TableView<?> pods = robot.lookup("#pod-table").queryAs(TableView.class);
      VirtualFlow<?> flow = onFx(() -> (VirtualFlow<?>) pods.lookup(".virtual-flow"));
      TextField filter = robot.lookup("#pod-filter").queryAs(TextField.class);
      List<String> lines = new ArrayList<>();
      lines.add(
          measureChange(
              robot,
              scene,
              columns + ": scroll a wheel step (3 rows)",
              i -> flow.scrollPixels(72)));
      lines.add(
          measureChange(
              robot,
              scene,
              columns + ": scroll a jump (scrollbar drag)",
              i -> pods.scrollTo(i * 997 % PODS)));
      lines.add(
          measureChange(
              robot,
              scene,
              columns + ": filter to one node's 100 pods, or clear",
              i -> filter.setText(i % 2 == 0 ? nodeName(i / 2 % NODES) + " " : "")));
      ClusterSnapshot before =
          onFx(
              () ->
                  new ClusterSnapshot(
                      List.copyOf(model.nodes()), List.copyOf(model.pods()), CREATED));
      ClusterSnapshot after = withThreePodsChanged(before);
      lines.add(
          measureChange(
              robot,
              scene,
              columns + ": refresh, a snapshot with 3 pods changed",
              i -> model.show(i % 2 == 0 ? after : before)));
      if (usage != null) {
        UsageReading one = usage.latestProperty().get();
        UsageReading other = everyPodOneMilliCpuMore(one);
        lines.add(
            measureChange(
                robot,
                scene,
                columns + ": refresh, a new reading of all 10,000 pods",
                i -> usage.show(runtime, i % 2 == 0 ? other : one)));
      }
      return lines;
    } finally {
      if (usage != null) {
        usage.close();
      }
      model.close();
    }
  }

  /**
   * Makes a change on the FX thread and times it, then times the CSS and layout passes of the pulse
   * that follows (where the tables make and fill their cells), from the scene's pre- to its
   * post-layout hook; reports the sum. Painting is not included.
   */
  private String measureChange(FxRobot robot, Scene scene, String what, IntConsumer change)
      throws Exception {
    List<Double> pulses = new CopyOnWriteArrayList<>();
    long[] started = new long[1];
    Runnable before = () -> started[0] = System.nanoTime();
    Runnable after = () -> pulses.add((System.nanoTime() - started[0]) / 1e6);
    robot.interact(
        () -> {
          scene.addPreLayoutPulseListener(before);
          scene.addPostLayoutPulseListener(after);
        });
    double[] samples = new double[RUNS];
    double[] changeMillis = new double[1];
    for (int i = 0; i < WARM_UP + RUNS; i++) {
      int round = i;
      pulses.clear();
      robot.interact(
          () -> {
            long start = System.nanoTime();
            change.accept(round);
            changeMillis[0] = (System.nanoTime() - start) / 1e6;
          });
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !pulses.isEmpty());
      WaitForAsyncUtils.waitForFxEvents();
      if (i >= WARM_UP) {
        // The change's pulse is the slowest one seen; idle pulses in between cost next to nothing.
        samples[i - WARM_UP] =
            changeMillis[0] + pulses.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      }
    }
    robot.interact(
        () -> {
          scene.removePreLayoutPulseListener(before);
          scene.removePostLayoutPulseListener(after);
        });
    Arrays.sort(samples);
    return format(what, samples);
  }

  private static String measure(String what, int warmUp, int runs, IntConsumer work) {
    for (int i = 0; i < warmUp; i++) {
      work.accept(i);
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.accept(i);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return format(what, millis);
  }

  private static String format(String what, double[] sortedMillis) {
    int n = sortedMillis.length;
    return String.format(
        "%-62s median %7.2f ms   p95 %7.2f ms   (%d runs)",
        what, sortedMillis[n / 2], sortedMillis[Math.min(n - 1, n * 95 / 100)], n);
  }

  private static ClusterSnapshot withThreePodsChanged(ClusterSnapshot snapshot) {
    List<PodRow> pods = new ArrayList<>(snapshot.pods());
    for (int i : new int[] {10, 4_000, 9_000}) {
      PodRow pod = pods.get(i);
      pods.set(
          i,
          new PodRow(
              pod.namespace(),
              pod.name(),
              "0/1",
              "CrashLoopBackOff",
              pod.restarts() + 1,
              pod.createdAt(),
              pod.ip(),
              pod.node(),
              pod.hostNetwork()));
    }
    return new ClusterSnapshot(snapshot.nodes(), pods, snapshot.takenAt());
  }

  private static UsageReading everyPodOneMilliCpuMore(UsageReading reading) {
    Map<String, ResourceUse> pods = new HashMap<>();
    reading
        .pods()
        .forEach(
            (key, use) -> pods.put(key, new ResourceUse(use.milliCpu() + 1, use.memoryBytes())));
    return new UsageReading(reading.nodes(), pods, "", reading.takenAt().plusSeconds(15));
  }

  /** 100 nodes of 100 pods each (one of them metrics-server), and metrics-server's APIService. */
  private void loadCluster() {
    server.load(
        "/api/v1/nodes", IntStream.range(0, NODES).mapToObj(NodesPodsBenchmark::node).toList());
    server.load(
        "/api/v1/namespaces/load/pods",
        IntStream.range(1, PODS).mapToObj(i -> pod("load", "load-%05d".formatted(i), i)).toList());
    Pod metricsServer = pod(WellKnown.KUBE_SYSTEM, "metrics-server-5d8c9b7f4-x2x9z", 0);
    metricsServer.getMetadata().setLabels(Map.of("k8s-app", WellKnown.METRICS_SERVER));
    server.load("/api/v1/namespaces/kube-system/pods", List.of(metricsServer));
    GenericKubernetesResource apiService =
        new GenericKubernetesResourceBuilder()
            .withApiVersion(MetricsServerReach.API_SERVICE_VERSION)
            .withKind("APIService")
            .withNewMetadata()
            .withName(MetricsServerReach.API_SERVICE)
            .withUid("apiservice")
            .withResourceVersion(String.valueOf(PODS + NODES + 1))
            .withCreationTimestamp(CREATED.toString())
            .endMetadata()
            .build();
    server.load("/apis/apiregistration.k8s.io/v1/apiservices", List.of(apiService));
  }

  private static String nodeName(int n) {
    return "ip-10-0-" + n / 10 + "-" + n % 10 + ".eu-central-1.compute.internal";
  }

  private static Node node(int n) {
    return new NodeBuilder()
        .withNewMetadata()
        .withName(nodeName(n))
        .withUid("node-" + n)
        .withResourceVersion(String.valueOf(PODS + n))
        .withCreationTimestamp(CREATED.toString())
        .withLabels(
            Map.of(
                WellKnown.LABEL_INSTANCE_TYPE,
                "m5.4xlarge",
                WellKnown.LABEL_ZONE,
                n % 2 == 0 ? "eu-central-1a" : "eu-central-1b"))
        .endMetadata()
        .withNewSpec()
        .withProviderID("aws:///eu-central-1a/i-0" + String.format("%016x", n))
        .endSpec()
        .withNewStatus()
        .withAllocatable(Map.of("pods", new Quantity("110")))
        .addNewCondition()
        .withType("Ready")
        .withStatus("True")
        .endCondition()
        .endStatus()
        .build();
  }

  /** A running, ready pod; pod {@code i} is on node {@code i % NODES}. */
  private static Pod pod(String namespace, String name, int i) {
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .withUid("pod-" + i)
        .withResourceVersion(String.valueOf(i + 1))
        .withCreationTimestamp(CREATED.toString())
        .endMetadata()
        .withNewSpec()
        .withNodeName(nodeName(i % NODES))
        .addNewContainer()
        .withName("app")
        .withImage("nginx")
        .endContainer()
        .endSpec()
        .withNewStatus()
        .withPhase("Running")
        .withPodIP("192.168." + i / 256 + "." + i % 256)
        .addNewCondition()
        .withType("Ready")
        .withStatus("True")
        .endCondition()
        .addNewContainerStatus()
        .withName("app")
        .withReady(true)
        .withRestartCount(0)
        .endContainerStatus()
        .endStatus()
        .build();
  }

  private static <T> T onFx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
  }

  /** A cluster that is only its API server: all the Nodes & Pods tables read. */
  private record MockServerRuntime(KubeEndpoint endpoint) implements ClusterRuntime {
    @Override
    public ClusterSpec spec() {
      return DefaultSpecs.firstCluster();
    }

    @Override
    public ClusterKey key() {
      return ClusterKey.sandbox(spec());
    }

    @Override
    public List<NodeIpView> ipView() {
      return List.of();
    }

    @Override
    public CniSwap openCniSwap() {
      throw new UnsupportedOperationException("not measured");
    }

    @Override
    public NodeReplacer nodeReplacer() {
      throw new UnsupportedOperationException("not measured");
    }

    @Override
    public RecycleOptions recycleOptions() {
      return RecycleOptions.defaults();
    }
  }
}
