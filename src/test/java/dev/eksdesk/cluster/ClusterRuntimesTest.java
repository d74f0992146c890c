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
      runtimes.remove("second");
      runtimes.remove("nobody");
    }
    runtimes.remove("first");

    assertThat(seen)
        .containsExactly(
            Optional.empty(), Optional.of("first"), Optional.of("second"), Optional.of("first"));
    assertThat(runtimes.current()).isEmpty();
  }

  @Test
  void theChosenClusterStaysCurrentAndNoOtherStandsInWhileItIsNotUp() throws Exception {
    try (AutoCloseable subscription =
        runtimes.subscribe(c -> seen.add(c.map(ClusterRuntime::name)))) {
      runtimes.choose("beta");
      runtimes.add(runtime("alpha"));
      runtimes.add(runtime("beta"));
      runtimes.add(runtime("gamma"));
      runtimes.choose("alpha");
      runtimes.remove("alpha");
    }

    assertThat(seen)
        .containsExactly(
            Optional.empty(), Optional.of("beta"), Optional.of("alpha"), Optional.empty());
    assertThat(runtimes.all()).extracting(ClusterRuntime::name).containsExactly("beta", "gamma");
  }

  @Test
  void aClusterIsFoundByName() {
    runtimes.add(runtime("first"));

    assertThat(runtimes.find("first")).isPresent();
    assertThat(runtimes.find("other")).isEmpty();
    assertThat(runtimes.all()).extracting(ClusterRuntime::name).containsExactly("first");
  }

  static ClusterRuntime runtime(String name) {
    ClusterSpec spec = DefaultSpecs.forName(name);
    return new ClusterRuntime() {
      @Override
      public ClusterSpec spec() {
        return spec;
      }

      @Override
      public KubeEndpoint endpoint() {
        return KubeEndpoint.anonymous("https://" + name + ".invalid");
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
