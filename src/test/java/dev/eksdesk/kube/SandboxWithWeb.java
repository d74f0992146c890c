package dev.eksdesk.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.Architecture;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.kube.sandbox.SandboxKube;
import dev.eksdesk.kube.sandbox.SubnetAddressPool;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A sandbox cluster with two roomy nodes and the web deployment running, for tests that act on
 * pods.
 */
public final class SandboxWithWeb implements AutoCloseable {
  private static final InstanceType M5_LARGE =
      new InstanceType("m5.large", 2, 8192, 3, 10, true, Architecture.X86_64, Map.of());

  public final SandboxKube kube;
  public final KubernetesClient client;

  public SandboxWithWeb(int webReplicas) {
    kube = SandboxKube.start("eu-central-1");
    client = KubeClients.connect(kube.endpoint());
    SubnetAddressPool subnet = SubnetAddressPool.of("10.0.1.0/24");
    kube.registerNode("workers", M5_LARGE, "eu-central-1a", subnet, CniMode.VPC_CNI, 29);
    kube.registerNode("workers", M5_LARGE, "eu-central-1b", subnet, CniMode.VPC_CNI, 29);
    WebWorkload.deploy(client, webReplicas);
    Eventually.within(
        Duration.ofSeconds(20),
        () -> assertThat(pods("app", "web")).hasSize(webReplicas).allMatch(Pods::isReady));
  }

  /** The pods labelled {@code key=value}, in any namespace. */
  public List<Pod> pods(String key, String value) {
    return client.pods().inAnyNamespace().withLabel(key, value).list().getItems().stream()
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .toList();
  }

  public List<String> names(List<Pod> pods) {
    return pods.stream().map(p -> p.getMetadata().getName()).sorted().toList();
  }

  @Override
  public void close() {
    client.close();
    kube.close();
  }
}
