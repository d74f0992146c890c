package dev.eksdesk.ui.nodes;

import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.cni.Fabric8CniSwap;
import dev.eksdesk.kube.recycle.NodeReplacer;
import dev.eksdesk.kube.recycle.RecycleOptions;
import dev.eksdesk.kube.sandbox.SandboxKube;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** A bare sandbox cluster without the cloud side: enough for what the Nodes & Pods screen reads. */
record SandboxKubeRuntime(SandboxKube kube) implements ClusterRuntime {
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
    return kube.endpoint();
  }

  @Override
  public List<NodeIpView> ipView() {
    return kube.ipView();
  }

  @Override
  public CniSwap openCniSwap() {
    return Fabric8CniSwap.to(
        kube.endpoint(),
        () -> {
          try (InputStream in =
              SandboxKubeRuntime.class.getResourceAsStream(
                  "/dev/eksdesk/kube/cni/calico-test.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
        },
        Duration.ofSeconds(15));
  }

  @Override
  public NodeReplacer nodeReplacer() {
    return kube.nodeReplacer(Duration.ofMillis(200));
  }

  @Override
  public RecycleOptions recycleOptions() {
    return RecycleOptions.defaults();
  }
}
