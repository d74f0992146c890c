package dev.eksdesk.kube.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.Architecture;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.WebWorkload;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EvictionSubresourceTest {
  private static final InstanceType M5_LARGE =
      new InstanceType("m5.large", 2, 8192, 3, 10, true, Architecture.X86_64, Map.of());

  private SandboxKube sandbox;
  private KubernetesClient client;
  private KubernetesClient evictions;

  @BeforeEach
  void start() {
    sandbox = SandboxKube.start("eu-central-1");
    client = KubeClients.connect(sandbox.endpoint());
    evictions = KubeClients.withoutRetries(client);
    sandbox.registerNode(
        "workers",
        M5_LARGE,
        "eu-central-1a",
        SubnetAddressPool.of("10.0.1.0/24"),
        CniMode.VPC_CNI,
        29);
    WebWorkload.deploy(client, 2);
    Eventually.within(
        Duration.ofSeconds(15), () -> assertThat(webPods()).hasSize(2).allMatch(Pods::isReady));
  }

  @AfterEach
  void stop() {
    evictions.close();
    client.close();
    sandbox.close();
  }

  @Test
  void aBudgetWithNoDisruptionLeftRefusesTheEvictionAndKeepsThePod() {
    budget(new IntOrString(2));
    Pod pod = webPods().get(0);

    boolean evicted = evict(pod);

    assertThat(evicted).isFalse();
    assertThat(client.pods().inNamespace("default").withName(pod.getMetadata().getName()).get())
        .isNotNull();
  }

  @Test
  void aBudgetSpendsItsLastDisruptionOnceEvenForPodsNothingRecreates() {
    for (String name : List.of("solo-a", "solo-b")) {
      client
          .pods()
          .inNamespace("default")
          .resource(
              new PodBuilder()
                  .withNewMetadata()
                  .withName(name)
                  .withNamespace("default")
                  .addToLabels("app", "web")
                  .endMetadata()
                  .withNewSpec()
                  .addNewContainer()
                  .withName("app")
                  .withImage("nginx")
                  .endContainer()
                  .endSpec()
                  .build())
          .create();
    }
    Eventually.within(
        Duration.ofSeconds(15), () -> assertThat(webPods()).hasSize(4).allMatch(Pods::isReady));
    budget(new IntOrString(3));

    assertThat(evict(client.pods().inNamespace("default").withName("solo-a").get())).isTrue();
    assertThat(evict(client.pods().inNamespace("default").withName("solo-b").get())).isFalse();
    assertThat(client.pods().inNamespace("default").withName("solo-a").get()).isNull();
    assertThat(client.pods().inNamespace("default").withName("solo-b").get()).isNotNull();
  }

  @Test
  void withoutABudgetEveryEvictionGoesThrough() {
    webPods().forEach(p -> assertThat(evict(p)).isTrue());
  }

  private boolean evict(Pod pod) {
    return evictions.pods().inNamespace("default").withName(pod.getMetadata().getName()).evict();
  }

  private void budget(IntOrString minAvailable) {
    WebWorkload.budget(client, minAvailable);
  }

  private List<Pod> webPods() {
    return client.pods().inNamespace("default").withLabel("app", "web").list().getItems();
  }
}
