package dev.eksdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.recycle.NodeReplacer;
import dev.eksdesk.kube.recycle.RecycleOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterRuntimesTest {
  private final ClusterRuntimes runtimes = new ClusterRuntimes();
  private final List<Optional<String>> seen = new ArrayList<>();

  @Test
  void theLatestReadyClusterIsCurrentAndTheOneBeforeComesBackWhenItGoes() throws Exception {
    try (AutoCloseable subscription =
        runtimes.subscribe(c -> seen.add(c.map(ClusterRuntime::name)))) {
      runtimes.add(runtime("first"));
      runtimes.add(runtime("second"));
      runtimes.remove(key("second"));
      runtimes.remove(key("nobody"));
    }
    runtimes.remove(key("first"));

    assertThat(seen)
        .containsExactly(
            Optional.empty(), Optional.of("first"), Optional.of("second"), Optional.of("first"));
    assertThat(runtimes.current()).isEmpty();
  }

  @Test
  void theChosenClusterStaysCurrentAndNoOtherStandsInWhileItIsNotUp() throws Exception {
    try (AutoCloseable subscription =
        runtimes.subscribe(c -> seen.add(c.map(ClusterRuntime::name)))) {
      runtimes.choose(key("beta"));
      runtimes.add(runtime("alpha"));
      runtimes.add(runtime("beta"));
      runtimes.add(runtime("gamma"));
      runtimes.choose(key("alpha"));
      runtimes.remove(key("alpha"));
    }

    assertThat(seen)
        .containsExactly(
            Optional.empty(), Optional.of("beta"), Optional.of("alpha"), Optional.empty());
    assertThat(runtimes.all()).extracting(ClusterRuntime::name).containsExactly("beta", "gamma");
  }

  @Test
  void aClusterIsFoundByItsAccountRegionAndName() {
    runtimes.add(runtime("first"));

    assertThat(runtimes.find(key("first"))).isPresent();
    assertThat(runtimes.find(key("other"))).isEmpty();
    assertThat(runtimes.find(new ClusterKey("123456789012", "eu-west-1", "first"))).isEmpty();
    assertThat(runtimes.all()).extracting(ClusterRuntime::name).containsExactly("first");
  }

  @Test
  void twoClustersOfOneNameInTwoRegionsOrAccountsAreKeptApart() throws Exception {
    ClusterKey ireland = new ClusterKey("123456789012", "eu-west-1", "demo");
    ClusterKey virginia = new ClusterKey("123456789012", "us-east-1", "demo");
    ClusterKey sandbox = new ClusterKey(ClusterKey.SANDBOX_ACCOUNT, "eu-west-1", "demo");
    List<Optional<ClusterKey>> shown = new ArrayList<>();
    try (AutoCloseable subscription =
        runtimes.subscribe(c -> shown.add(c.map(ClusterRuntime::key)))) {
      runtimes.choose(ireland);
      runtimes.add(runtime(virginia));
      runtimes.add(runtime(sandbox));
      runtimes.add(runtime(ireland));
      runtimes.choose(virginia);
      runtimes.remove(virginia);
    }

    // neither the same name elsewhere stood in for the chosen one, nor did removing one take both
    assertThat(shown)
        .containsExactly(
            Optional.empty(), Optional.of(ireland), Optional.of(virginia), Optional.empty());
    assertThat(runtimes.all()).extracting(ClusterRuntime::key).containsExactly(sandbox, ireland);
    assertThat(runtimes.find(ireland)).map(ClusterRuntime::key).contains(ireland);
  }

  private static ClusterKey key(String name) {
    return ClusterKey.sandbox(DefaultSpecs.forName(name));
  }

  static ClusterRuntime runtime(String name) {
    return runtime(key(name));
  }

  static ClusterRuntime runtime(ClusterKey key) {
    ClusterSpec spec = DefaultSpecs.forName(key.name()).withRegion(key.region());
    return new ClusterRuntime() {
      @Override
      public ClusterSpec spec() {
        return spec;
      }

      @Override
      public ClusterKey key() {
        return key;
      }

      @Override
      public KubeEndpoint endpoint() {
        return KubeEndpoint.anonymous("https://" + key.name() + ".invalid");
      }

      @Override
      public List<NodeIpView> ipView() {
        return List.of();
      }

      @Override
      public CniSwap openCniSwap() {
        throw new UnsupportedOperationException();
      }

      @Override
      public NodeReplacer nodeReplacer() {
        return instanceId -> {};
      }

      @Override
      public RecycleOptions recycleOptions() {
        return RecycleOptions.defaults();
      }
    };
  }
}
