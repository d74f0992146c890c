package dev.eksdesk.ui.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.TestTypes;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.recycle.NodeReplacer;
import dev.eksdesk.kube.recycle.RecycleOptions;
import dev.eksdesk.kube.recycle.RecycleOutcome;
import dev.eksdesk.kube.sandbox.SandboxKube;
import dev.eksdesk.kube.sandbox.SubnetAddressPool;
import dev.eksdesk.ui.fx.UiExecutors;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recycle and the CNI swap started from the Nodes & Pods screen hold the cluster's lock: while
 * another Eksdesk holds it nothing starts and the screen says who; a finished run releases it.
 */
class ClusterChangeLockTest {
  private static final String HELD =
      "Cluster demo is locked by arn:aws:iam::123456789012:user/alice on alice-laptop since"
          + " 2026-12-04T21:00:00Z (apply).";

  private SandboxKube kube;
  private String node;

  @BeforeEach
  void startCluster() {
    kube = SandboxKube.start("eu-central-1");
    node =
        kube.registerNode(
                "workers",
                TestTypes.T3_MICRO,
                "eu-central-1a",
                SubnetAddressPool.of("10.0.32.0/20"),
                CniMode.VPC_CNI,
                4)
            .name();
  }

  @AfterEach
  void stopCluster() {
    kube.close();
  }

  @Test
  void aRecycleWhileAnotherHoldsTheClusterTouchesNoNodeAndSaysWho() {
    RecycleViewModel recycle = new RecycleViewModel(UiExecutors.direct());
    NoLock runtime = new NoLock(new SandboxKubeRuntime(kube));

    recycle.start(runtime, List.of(node), Optional.empty());

    assertThat(recycle.runningProperty().get()).isFalse();
    assertThat(recycle.outcomeProperty().get()).isEqualTo(HELD);
    assertThat(recycle.nodes())
        .singleElement()
        .satisfies(row -> assertThat(row.stateProperty().get()).isEqualTo(ProgressState.SKIPPED));
    assertThat(runtime.touched).hasValue(0);
  }

  @Test
  void aSwapWhileAnotherHoldsTheClusterRunsNoStepAndSaysWho() {
    CniSwapViewModel swap = new CniSwapViewModel(UiExecutors.direct());
    NoLock runtime = new NoLock(new SandboxKubeRuntime(kube));
    swap.check(runtime);
    assertThat(swap.phaseProperty().get()).isEqualTo(CniSwapViewModel.Phase.READY);
    int preflightCalls = runtime.touched.get();

    swap.run();

    assertThat(swap.phaseProperty().get()).isEqualTo(CniSwapViewModel.Phase.FAILED);
    assertThat(swap.outcomeProperty().get()).isEqualTo(HELD);
    assertThat(swap.steps())
        .allSatisfy(row -> assertThat(row.stateProperty().get()).isEqualTo(ProgressState.WAITING));
    assertThat(runtime.touched).hasValue(preflightCalls);
  }

  @Test
  void aRecycleReleasesTheLockWhenItFinishes() throws Exception {
    RecycleViewModel recycle = new RecycleViewModel(UiExecutors.direct());
    AtomicInteger held = new AtomicInteger();
    AtomicInteger released = new AtomicInteger();
    ClusterRuntime runtime =
        new Locking(new SandboxKubeRuntime(kube), held, released) {
          @Override
          public RecycleOptions recycleOptions() {
            RecycleOptions quick = RecycleOptions.defaults();
            return new RecycleOptions(
                Duration.ofSeconds(30),
                Duration.ofSeconds(30),
                Duration.ofMillis(50),
                Optional.empty(),
                quick.onDrainTimeout());
          }
        };

    recycle.start(runtime, List.of(node), Optional.empty());

    Instant giveUp = Instant.now().plusSeconds(60);
    while ((recycle.resultProperty().get() == null || released.get() == 0)
        && Instant.now().isBefore(giveUp)) {
      Thread.sleep(50);
    }
    assertThat(recycle.resultProperty().get().status()).isEqualTo(RecycleOutcome.Status.COMPLETED);
    assertThat(held).hasValue(1);
    assertThat(released).hasValue(1);
  }

  /** A cluster someone else holds; counts every call that would reach it. */
  private static final class NoLock extends Locking {
    final AtomicInteger touched = new AtomicInteger();

    NoLock(ClusterRuntime inner) {
      super(inner, new AtomicInteger(), new AtomicInteger());
    }

    @Override
    public ChangeLock lockFor(String operation) throws JournalLockedException {
      throw new JournalLockedException(HELD);
    }

    @Override
    public KubeEndpoint endpoint() {
      touched.incrementAndGet();
      return super.endpoint();
    }

    @Override
    public CniSwap openCniSwap() {
      touched.incrementAndGet();
      return super.openCniSwap();
    }

    @Override
    public NodeReplacer nodeReplacer() {
      touched.incrementAndGet();
      return super.nodeReplacer();
    }
  }

  /** The sandbox's cluster with a lock that counts taking and releasing. */
  private static class Locking implements ClusterRuntime {
    private final ClusterRuntime inner;
    private final AtomicInteger held;
    private final AtomicInteger released;

    Locking(ClusterRuntime inner, AtomicInteger held, AtomicInteger released) {
      this.inner = inner;
      this.held = held;
      this.released = released;
    }

    @Override
    public ChangeLock lockFor(String operation) throws JournalLockedException {
      held.incrementAndGet();
      return released::incrementAndGet;
    }

    @Override
    public ClusterSpec spec() {
      return inner.spec();
    }

    @Override
    public ClusterKey key() {
      return inner.key();
    }

    @Override
    public KubeEndpoint endpoint() {
      return inner.endpoint();
    }

    @Override
    public List<NodeIpView> ipView() {
      return inner.ipView();
    }

    @Override
    public CniSwap openCniSwap() {
      return inner.openCniSwap();
    }

    @Override
    public NodeReplacer nodeReplacer() {
      return inner.nodeReplacer();
    }

    @Override
    public RecycleOptions recycleOptions() {
      return inner.recycleOptions();
    }
  }
}
