package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.ElementKind;
import dev.eksdesk.topology.LiveTopology;
import dev.eksdesk.topology.PodInfo;
import dev.eksdesk.topology.PodStatus;
import dev.eksdesk.topology.SvgExport;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.topology.TopologyFixtures;
import dev.eksdesk.topology.TopologyLayout;
import dev.eksdesk.topology.TopologyLayouter;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Layout and frame times for 200 nodes and 6,000 pods, as docs/PERFORMANCE.md reports them. Not
 * part of the normal run; see the command there.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class TopologyBenchmark {
  private static final int NODES = 200;
  private static final int PODS = 6_000;
  private static final int MAX_PODS = 35;
  private static final int WARM_UP = 30;
  private static final int RUNS = 100;
  private final Topology big = TopologyFixtures.withNodes(NODES, PODS, MAX_PODS);
  private final LiveTopology live = new LiveTopology(big);
  // Everything runs on the FX thread here, so the view model may publish directly.
  // Everything runs on the FX thread here, so the view model may publish directly.
  private final TopologyViewModel viewModel = new TopologyViewModel(live, UiExecutors.direct());
  private final TopologyView view =
      new TopologyView(
          viewModel,
          new OpenClusterViewModel(
              () -> new FakeClusterLookup("the Sandbox, eu-central-1"),
              viewModel,
              UiExecutors.direct()));
  private Scene scene;
  private TopologyDiagram diagram;

  @Start
  void start(Stage stage) {
    Themes.apply(false);
    scene = new Scene(Fxml.load(view), 1360, 900);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
    viewModel.activate();
  }

  @Test
  void layoutAndFrameTimesFor200NodesAnd6000Pods(FxRobot robot) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "topology: %d elements, %d nodes, %d pods",
            big.elements().size(), big.ofKind(ElementKind.NODE).size(), big.podCount()));
    lines.add(measure("layout (pure)", i -> TopologyLayouter.layout(big)));
    lines.add(measure("model: replace all pods", i -> big.withPods(shuffledPods(i))));
    TopologyLayout layout = TopologyLayouter.layout(big);
    lines.add(measure("SVG export text", i -> SvgExport.svg(big, layout)));

    diagram = robot.lookup("#topology-diagram").queryAs(TopologyDiagram.class);
    robot.interact(
        () -> {
          Canvas canvas = new Canvas(diagram.getWidth(), diagram.getHeight());
          PodPainter.Viewport fitted =
              new PodPainter.Viewport(
                  canvas.getWidth(),
                  canvas.getHeight(),
                  diagram.getScale(),
                  diagram.offsetXProperty().get(),
                  diagram.offsetYProperty().get());
          lines.add(
              measure(
                  "pod painter alone, all " + NODES * MAX_PODS + " slots visible",
                  i ->
                      PodPainter.paint(
                          canvas.getGraphicsContext2D(),
                          big,
                          layout,
                          diagram.podPalette(),
                          fitted)));
        });
    lines.add(
        measurePulses(
            robot,
            "pulse: pod list changed (CSS + layout: tiles, pods)",
            i -> live.replacePods(shuffledPods(i))));
    lines.add(
        measurePulses(
            robot, "pulse: pan (pods repainted)", i -> diagram.panBy(i % 2 == 0 ? 7 : -7, 0)));
    lines.add(
        measurePulses(
            robot,
            "pulse: zoom at the cursor",
            i -> diagram.zoomAt(i % 2 == 0 ? 1.1 : 1 / 1.1, 600, 400)));
    robot.interact(
        () -> {
          diagram.fit();
          lines.add(
              measure(
                  "render: whole window, software pipeline (snapshot)", i -> scene.snapshot(null)));
        });
    Path out = Path.of("target", "topology");
    Files.createDirectories(out);
    robot.interact(() -> view.exportPng(out.resolve("200-nodes.png")).join());
    Files.write(out.resolve("benchmark.txt"), lines);
    lines.forEach(System.out::println);
  }

  /**
   * Makes a change on the FX thread, then times the CSS and layout passes of the real pulse that
   * follows (where the diagram does its drawing), from the scene's pre- to its post-layout hook.
   */
  private String measurePulses(FxRobot robot, String what, IntConsumer change) throws Exception {
    List<Double> millis = new CopyOnWriteArrayList<>();
    long[] started = new long[1];
    Runnable before = () -> started[0] = System.nanoTime();
    Runnable after = () -> millis.add((System.nanoTime() - started[0]) / 1e6);
    robot.interact(
        () -> {
          scene.addPreLayoutPulseListener(before);
          scene.addPostLayoutPulseListener(after);
        });
    double[] samples = new double[RUNS];
    for (int i = 0; i < WARM_UP + RUNS; i++) {
      int round = i;
      millis.clear();
      robot.interact(() -> change.accept(round));
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !millis.isEmpty());
      WaitForAsyncUtils.waitForFxEvents();
      if (i >= WARM_UP) {
        // The change's pulse is the slowest one seen; idle pulses in between cost next to nothing.
        samples[i - WARM_UP] = millis.stream().mapToDouble(Double::doubleValue).max().orElse(0);
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

  private List<PodInfo> shuffledPods(int round) {
    List<PodInfo> pods = new ArrayList<>(big.podCount());
    for (var node : big.ofKind(ElementKind.NODE)) {
      for (PodInfo pod : big.podsOn(node.id())) {
        PodStatus status =
            (pod.name().hashCode() + round) % 9 == 0 ? PodStatus.STARTING : pod.status();
        pods.add(new PodInfo(pod.namespace(), pod.name(), pod.node(), pod.ip(), status, false));
      }
    }
    return pods;
  }

  private static String measure(String what, IntConsumer work) {
    for (int i = 0; i < WARM_UP; i++) {
      work.accept(i);
    }
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
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
        "%-55s median %7.2f ms   p95 %7.2f ms   (%d runs)",
        what, sortedMillis[n / 2], sortedMillis[n * 95 / 100], n);
  }
}
