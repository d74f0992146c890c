package dev.eksdesk.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.EngineListener;
import dev.eksdesk.engine.exec.Operation;
import dev.eksdesk.topology.Details;
import dev.eksdesk.topology.ElementState;
import dev.eksdesk.topology.LiveTopology;
import dev.eksdesk.topology.NodeInfo;
import dev.eksdesk.topology.PodInfo;
import dev.eksdesk.topology.PodStatus;
import dev.eksdesk.topology.TopologyFixtures;
import dev.eksdesk.ui.fx.UiExecutors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology screen's logic, without a screen: the FX thread is a queue the test drains. */
class TopologyViewModelTest {
  private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");
  private final Queue<Runnable> fxQueue = new ArrayDeque<>();
  private final LiveTopology live = new LiveTopology(TopologyFixtures.defaultPlan());
  private final TopologyViewModel viewModel =
      new TopologyViewModel(live, new UiExecutors(Runnable::run, fxQueue::add));

  @Test
  void aBurstOfEngineEventsReachesTheScreenAsOnePublicationOfTheNewestTopology() {
    viewModel.activate();
    drain();
    EngineListener engine = live.follow(Operation.APPLY);
    for (String step : List.of("vpc", "igw", "subnet:public-a", "subnet:private-a")) {
      engine.on(new EngineEvent.StepStarted(AT, step, step));
      engine.on(new EngineEvent.StepSucceeded(AT, step, step + "-id", true));
    }

    assertThat(fxQueue).hasSize(1);
    drain();
    assertThat(viewModel.topologyProperty().get().element("subnet:private-a").orElseThrow().state())
        .isEqualTo(ElementState.READY);
    assertThat(viewModel.summaryProperty().get()).startsWith("4 of ");
  }

  @Test
  void selectingAnElementListsItsDetailsAndFollowsItsChanges() {
    viewModel.activate();
    drain();
    viewModel.selectionProperty().set(new Selection.OfElement("subnet:public-b"));
    assertThat(viewModel.headingProperty().get()).isEqualTo("public-b");
    assertThat(viewModel.stateProperty().get()).isEqualTo("Planned");
    assertThat(viewModel.details()).contains(new DetailRow(Details.CIDR, "10.0.1.0/24"));

    live.follow(Operation.APPLY)
        .on(new EngineEvent.StepSucceeded(AT, "subnet:public-b", "subnet-0b", true));
    drain();
    assertThat(viewModel.stateProperty().get()).isEqualTo("Ready");
    assertThat(viewModel.details()).contains(new DetailRow(Details.ID, "subnet-0b"));
  }

  @Test
  void selectingAPodShowsThePod() {
    viewModel.activate();
    live.replaceNodes(
        List.of(
            new NodeInfo(
                "n1", "i-1", "t3.micro", "eu-central-1a", "10.0.16.5", "workers", 4, 1, 4, true)));
    live.replacePods(
        List.of(
            new PodInfo("kube-system", "coredns-1", "n1", "10.0.16.9", PodStatus.RUNNING, false)));
    drain();
    viewModel.selectionProperty().set(new Selection.OfPod("node:n1", "kube-system/coredns-1"));

    assertThat(viewModel.headingProperty().get()).isEqualTo("coredns-1");
    assertThat(viewModel.details()).contains(new DetailRow("Pod IP", "10.0.16.9"));
  }

  @Test
  void afterDeactivatingNoUpdatesArrive() {
    viewModel.activate();
    drain();
    viewModel.deactivate();
    live.follow(Operation.APPLY).on(new EngineEvent.StepStarted(AT, "vpc", "VPC"));
    assertThat(fxQueue).isEmpty();
  }

  @Test
  void theSvgExportWritesTheFileAndSaysSo(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("diagram.svg");
    var done = viewModel.exportSvg(file);
    drain();

    assertThat(done).isCompletedWithValue(file);
    assertThat(Files.readString(file)).contains("10.0.0.0/16");
    assertThat(viewModel.messageProperty().get()).isEqualTo("Saved diagram.svg");
  }

  @Test
  void aFailedExportSaysWhatWentWrong(@TempDir Path folder) {
    var done = viewModel.exportSvg(folder.resolve("missing").resolve("diagram.svg"));
    drain();

    assertThat(done).isCompletedExceptionally();
    assertThat(viewModel.messageProperty().get()).startsWith("Could not save diagram.svg");
  }

  private void drain() {
    while (!fxQueue.isEmpty()) {
      fxQueue.poll().run();
    }
  }
}
