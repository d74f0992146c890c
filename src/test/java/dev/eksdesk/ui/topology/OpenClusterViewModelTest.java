package dev.eksdesk.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.Operation;
import dev.eksdesk.topology.ElementState;
import dev.eksdesk.topology.LiveTopology;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.topology.TopologyFixtures;
import dev.eksdesk.ui.fx.UiExecutors;
import dev.eksdesk.ui.topology.OpenClusterViewModel.Status;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * The Open cluster panel without a screen. The background and the FX thread are queues the test
 * runs, so the loading state can be seen before the account answers.
 */
class OpenClusterViewModelTest {
  private static final FoundCluster SHOP = new FoundCluster("shop", "1.31", ElementState.READY);
  private static final FoundCluster BILLING =
      new FoundCluster("billing", "1.30", ElementState.CREATING);

  private final Queue<Runnable> background = new ArrayDeque<>();
  private final Queue<Runnable> fx = new ArrayDeque<>();
  private final UiExecutors executors = new UiExecutors(background::add, fx::add);
  private final LiveTopology live = new LiveTopology(TopologyFixtures.defaultPlan());
  private final TopologyViewModel topology = new TopologyViewModel(live, executors);
  private FakeClusterLookup account = new FakeClusterLookup("AWS account 123456789012, eu-west-1");
  private final OpenClusterViewModel panel =
      new OpenClusterViewModel(() -> account, topology, executors);

  @Test
  void listsTheClustersAfterSayingItIsLooking() {
    account.holding(SHOP, BILLING);

    panel.open();

    assertThat(panel.shownProperty().get()).isTrue();
    assertThat(panel.statusProperty().get()).isEqualTo(Status.LOADING);
    assertThat(panel.messageProperty().get())
        .isEqualTo("Listing the clusters in AWS account 123456789012, eu-west-1…");
    runAll();
    assertThat(panel.statusProperty().get()).isEqualTo(Status.LISTED);
    assertThat(panel.clusters()).containsExactly(SHOP, BILLING);
    assertThat(panel.messageProperty().get()).isEqualTo("2 clusters");
    assertThat(panel.clusters().get(1).description()).isEqualTo("Kubernetes 1.30 · Creating");
  }

  @Test
  void anEmptyAccountSaysWhereItLookedAndWhatToDo() {
    panel.open();
    runAll();

    assertThat(panel.statusProperty().get()).isEqualTo(Status.EMPTY);
    assertThat(panel.messageProperty().get())
        .isEqualTo("No clusters in AWS account 123456789012, eu-west-1");
    assertThat(panel.nextActionProperty().get()).contains("Create one in Setup");
  }

  @Test
  void aFailureShowsTheCauseAndTheNextActionUntilATryAgainSucceeds() {
    account.failing(
        new ClusterLookupException(
            "Access denied: these credentials may not perform eks:ListClusters",
            "Ask an administrator to allow eks:ListClusters for these credentials."));

    panel.open();
    runAll();

    assertThat(panel.statusProperty().get()).isEqualTo(Status.FAILED);
    assertThat(panel.messageProperty().get()).contains("eks:ListClusters");
    assertThat(panel.nextActionProperty().get()).startsWith("Ask an administrator");
    assertThat(panel.clusters()).isEmpty();

    account.holding(SHOP);
    panel.refresh();
    runAll();
    assertThat(panel.statusProperty().get()).isEqualTo(Status.LISTED);
    assertThat(panel.nextActionProperty().get()).isEmpty();
  }

  @Test
  void anUnexpectedErrorStillEndsTheLoading() {
    ClusterLookup broken =
        new ClusterLookup() {
          @Override
          public String where() {
            return "the Sandbox, eu-central-1";
          }

          @Override
          public List<FoundCluster> clusters() {
            throw new IllegalStateException("the state file is corrupt");
          }

          @Override
          public Topology draw(String cluster) {
            throw new UnsupportedOperationException();
          }
        };
    OpenClusterViewModel opened = new OpenClusterViewModel(() -> broken, topology, executors);

    opened.open();
    runAll();

    assertThat(opened.statusProperty().get()).isEqualTo(Status.FAILED);
    assertThat(opened.messageProperty().get()).isEqualTo("the state file is corrupt");
    assertThat(opened.nextActionProperty().get()).startsWith("Try again");
  }

  @Test
  void drawingAClusterShowsItInsteadOfTheLiveOneAndClosesThePanel() {
    account.holding(SHOP);
    topology.activate();
    panel.open();
    runAll();

    panel.draw(SHOP);
    assertThat(panel.statusProperty().get()).isEqualTo(Status.DRAWING);
    assertThat(panel.messageProperty().get())
        .isEqualTo("Reading shop from AWS account 123456789012, eu-west-1…");
    runAll();

    assertThat(topology.topologyProperty().get().cluster()).isEqualTo("shop");
    assertThat(topology.showingLiveProperty().get()).isFalse();
    assertThat(topology.openedFromProperty().get())
        .isEqualTo("AWS account 123456789012, eu-west-1");
    assertThat(panel.shownProperty().get()).isFalse();
  }

  @Test
  void aClusterDeletedSinceTheListingSaysToRefresh() {
    account.holding(SHOP);
    panel.open();
    runAll();
    account.holding(BILLING);

    panel.draw(SHOP);
    runAll();

    assertThat(panel.statusProperty().get()).isEqualTo(Status.FAILED);
    assertThat(panel.messageProperty().get()).contains("no cluster shop");
    assertThat(panel.nextActionProperty().get()).isEqualTo(ClusterLookupException.REFRESH);
    assertThat(panel.clusters()).containsExactly(SHOP); // still there to pick another
    assertThat(topology.showingLiveProperty().get()).isTrue();
  }

  @Test
  void theLiveClusterIsFollowedMeanwhileAndComesBackWithItsNewestState() {
    account.holding(SHOP);
    topology.activate();
    panel.open();
    runAll();
    panel.draw(SHOP);
    runAll();

    live.follow(Operation.APPLY)
        .on(new EngineEvent.StepSucceeded(Instant.EPOCH, "vpc", "vpc-0a", true));
    runAll();
    assertThat(topology.topologyProperty().get().cluster()).isEqualTo("shop");
    assertThat(topology.liveClusterProperty().get()).isEqualTo(live.current().cluster());

    topology.showLive();
    assertThat(topology.showingLiveProperty().get()).isTrue();
    assertThat(topology.openedFromProperty().get()).isEmpty();
    assertThat(topology.topologyProperty().get().element("vpc").orElseThrow().state())
        .isEqualTo(ElementState.READY);
  }

  @Test
  void anAnswerForAnEarlierOpeningIsDropped() {
    account.holding(SHOP);
    panel.open();
    account = new FakeClusterLookup("the Sandbox, eu-central-1").holding(BILLING);
    panel.open();
    runAll();

    assertThat(panel.whereProperty().get()).isEqualTo("the Sandbox, eu-central-1");
    assertThat(panel.clusters()).containsExactly(BILLING);
  }

  private void runAll() {
    while (!background.isEmpty() || !fx.isEmpty()) {
      Runnable next = background.isEmpty() ? fx.poll() : background.poll();
      next.run();
    }
  }
}
