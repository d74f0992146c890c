package dev.eksdesk.kube.sandbox;

import static dev.eksdesk.kube.TestTypes.T3_MICRO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.StateStore;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sandbox's Kubernetes saved on close and started again from what was saved. */
class SandboxKubeStateTest {
  private static final Duration SETTLE = Duration.ofSeconds(15);
  private static final Function<String, InstanceType> TYPES = name -> T3_MICRO;

  private final MemoryStore store = new MemoryStore();

  @Test
  void objectsNodesAndPodAddressesComeBackAsTheyWere() {
    Map<String, String> before;
    String cordoned;
    try (SandboxKube first =
            SandboxKube.start(
                "eu-central-1", store, "cluster-1", TYPES, ServiceLoadBalancers.NONE);
        KubernetesClient client = KubeClients.connect(first.endpoint())) {
      SubnetAddressPool subnet = first.subnet("10.0.1.0/24");
      first.registerNode("workers", T3_MICRO, "eu-central-1a", subnet, CniMode.VPC_CNI, 4);
      cordoned =
          first
              .registerNode("workers", T3_MICRO, "eu-central-1b", subnet, CniMode.VPC_CNI, 4)
              .name();
      client.apps().deployments().inNamespace("default").resource(web(1)).create();
      Eventually.within(SETTLE, () -> assertThat(running(client)).hasSize(4));
      client
          .nodes()
          .withName(cordoned)
          .edit(
              n -> {
                n.getSpec().setUnschedulable(true);
                return n;
              });
      before = addressesByUid(client);
    }
    assertThat(store.saved).isPresent();

    try (SandboxKube second =
            SandboxKube.start(
                "eu-central-1", store, "cluster-1", TYPES, ServiceLoadBalancers.NONE);
        KubernetesClient client = KubeClients.connect(second.endpoint())) {
      assertThat(second.restored()).isTrue();
      assertThat(second.nodes()).hasSize(2);
      assertThat(client.nodes().withName(cordoned).get().getSpec().getUnschedulable()).isTrue();
      assertThat(client.nodes().withName(cordoned).get().getMetadata().getLabels())
          .containsEntry(WellKnown.LABEL_NODEGROUP, "workers");
      assertThat(addressesByUid(client)).isEqualTo(before);

      // A new pod gets an address nobody holds: the restored IPAM knows what is taken and frees
      // what the deleted pod held (a t3.micro node has room for two pod addresses only).
      client
          .nodes()
          .withName(cordoned)
          .edit(
              n -> {
                n.getSpec().setUnschedulable(false);
                return n;
              });
      Pod web =
          running(client).stream()
              .filter(p -> p.getMetadata().getName().startsWith("web-"))
              .findFirst()
              .orElseThrow();
      client.pods().inNamespace("default").withName(web.getMetadata().getName()).delete();
      Eventually.within(
          SETTLE,
          () ->
              assertThat(running(client))
                  .hasSize(4)
                  .anyMatch(
                      p ->
                          p.getMetadata().getName().startsWith("web-")
                              && !p.getMetadata().getUid().equals(web.getMetadata().getUid())));
      List<String> addresses = running(client).stream().map(p -> p.getStatus().getPodIP()).toList();
      assertThat(new HashSet<>(addresses)).hasSameSizeAs(addresses);
    }
  }

  @Test
  void aStateSavedForAnotherClusterOfTheSameNameIsNotRestored() {
    try (SandboxKube first =
        SandboxKube.start("eu-central-1", store, "cluster-1", TYPES, ServiceLoadBalancers.NONE)) {
      first.registerNode(
          "workers", T3_MICRO, "eu-central-1a", first.subnet("10.0.1.0/24"), CniMode.VPC_CNI, 4);
    }
    try (SandboxKube rebuilt =
        SandboxKube.start("eu-central-1", store, "cluster-2", TYPES, ServiceLoadBalancers.NONE)) {
      assertThat(rebuilt.restored()).isFalse();
      assertThat(rebuilt.nodes()).isEmpty();
    }
  }

  @Test
  void anUnreadableStateIsReportedWithWhatIsWrong() {
    store.saved = Optional.of("{\"format\": 1, \"owner\": ".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () ->
                SandboxKube.start(
                    "eu-central-1", store, "cluster-1", TYPES, ServiceLoadBalancers.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the cluster's saved Kubernetes state cannot be read")
        .hasMessageNotContaining("com.fasterxml");
  }

  private static List<Pod> running(KubernetesClient client) {
    return client.pods().inAnyNamespace().list().getItems().stream()
        .filter(p -> !Pods.usesHostNetwork(p) && "Running".equals(Pods.phase(p)))
        .toList();
  }

  private static Map<String, String> addressesByUid(KubernetesClient client) {
    return running(client).stream()
        .collect(Collectors.toMap(p -> p.getMetadata().getUid(), p -> p.getStatus().getPodIP()));
  }

  private static io.fabric8.kubernetes.api.model.apps.Deployment web(int replicas) {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName("web")
        .withNamespace("default")
        .endMetadata()
        .withNewSpec()
        .withReplicas(replicas)
        .withNewSelector()
        .addToMatchLabels("app", "web")
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels("app", "web")
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("web")
        .withImage("nginx")
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  private static final class MemoryStore implements StateStore {
    Optional<byte[]> saved = Optional.empty();

    @Override
    public Optional<byte[]> load() {
      return saved;
    }

    @Override
    public void save(byte[] state) {
      saved = Optional.of(state);
    }

    @Override
    public void delete() {
      saved = Optional.empty();
    }
  }
}
