package dev.eksdesk.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** YAML and descriptions of the sandbox's pods and nodes. */
class ObjectViewsTest {
  private SandboxWithWeb sandbox;
  private KubeGateway gateway;

  @BeforeEach
  void start() {
    sandbox = new SandboxWithWeb(1);
    gateway = Fabric8Gateway.connect(sandbox.kube.endpoint());
  }

  @AfterEach
  void stop() {
    gateway.close();
    sandbox.close();
  }

  @Test
  void aPodsYamlIsTheObjectWithoutManagedFields() {
    Pod web = sandbox.pods("app", "web").get(0);

    String yaml = gateway.objects().yaml(ObjectRef.pod("default", web.getMetadata().getName()));

    assertThat(yaml)
        .startsWith("apiVersion: v1\n")
        .contains("kind: Pod")
        .contains("name: " + web.getMetadata().getName())
        .contains("image: nginx:1.27")
        .doesNotContain("managedFields");
  }

  @Test
  void aPodIsDescribedWithItsContainersConditionsVolumesAndEvents() {
    Pod coredns = sandbox.pods("k8s-app", "kube-dns").get(0);

    String text =
        gateway.objects().describe(ObjectRef.pod("kube-system", coredns.getMetadata().getName()));

    assertThat(text)
        .contains("Namespace:      kube-system")
        .contains("Status:         Running")
        .contains("Controlled By:  Deployment/coredns")
        .contains("Containers:\n  coredns:\n    Image:")
        .contains("Conditions:\n  Type")
        .contains("Ready            True")
        .contains("Volumes:")
        .contains("Events:");
  }

  @Test
  void aNodeIsDescribedWithItsConditionsAddressesAndCapacity() {
    String node = sandbox.client.nodes().list().getItems().get(0).getMetadata().getName();

    String text = gateway.objects().describe(ObjectRef.node(node));

    assertThat(text)
        .contains("Name:           " + node)
        .contains("Unschedulable:  false")
        .contains("Addresses:")
        .contains("InternalIP")
        .contains("Capacity:       ")
        .contains("pods=29");
    assertThat(gateway.objects().yaml(ObjectRef.node(node))).contains("kind: Node");
  }

  @Test
  void anObjectThatIsGoneIsSaidToBe() {
    assertThatThrownBy(() -> gateway.objects().yaml(ObjectRef.pod("default", "gone")))
        .hasMessage("pod/default/gone no longer exists.");
  }
}
