package dev.eksdesk.kube.sandbox;

import static dev.eksdesk.kube.TestTypes.T3_MICRO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxKubeTest {
  private static final Duration SETTLE = Duration.ofSeconds(15);

  private SandboxKube sandbox;
  private KubernetesClient client;
  private final SubnetAddressPool subnet = SubnetAddressPool.of("10.0.1.0/24");

  @BeforeEach
  void start() {
    sandbox = SandboxKube.start("eu-central-1");
    client = KubeClients.connect(sandbox.endpoint());
  }

  @AfterEach
  void stop() {
    client.close();
    sandbox.close();
  }

  @Test
  void aRegisteredNodeIsReadyWithItsLabelsAndMaxPods() {
    NodeRegistration registration =
        sandbox.registerNode("workers", T3_MICRO, "eu-central-1a", subnet, CniMode.VPC_CNI, 4);

    Node node = client.nodes().withName(registration.name()).get();
    assertThat(node.getMetadata().getLabels())
        .containsEntry(WellKnown.LABEL_INSTANCE_TYPE, "t3.micro")
        .containsEntry(WellKnown.LABEL_ZONE, "eu-central-1a")
        .containsEntry(WellKnown.LABEL_NODEGROUP, "workers");
    assertThat(node.getStatus().getCapacity().get("pods").getAmount()).isEqualTo("4");
    assertThat(node.getSpec().getProviderID())
        .isEqualTo("aws:///eu-central-1a/" + registration.instanceId());
    assertThat(registration.name())
        .startsWith("ip-10-0-1-")
        .endsWith(".eu-central-1.compute.internal");
  }

  @Test
  void systemWorkloadsRunOnEveryNodeWithHostNetworkAgentsAndPodAddressesForTheRest() {
    sandbox.registerNode("workers", T3_MICRO, "eu-central-1a", subnet, CniMode.VPC_CNI, 4);
    sandbox.registerNode("workers", T3_MICRO, "eu-central-1b", subnet, CniMode.VPC_CNI, 4);

    Eventually.within(
        SETTLE,
        () -> {
          List<Pod> system = client.pods().inNamespace(WellKnown.KUBE_SYSTEM).list().getItems();
          assertThat(system)
              .filteredOn(p -> Pods.daemonSet(p).orElse("").equals(WellKnown.AWS_NODE))
              .hasSize(2)
              .allMatch(Pods::usesHostNetwork)
              .allMatch(p -> "Running".equals(Pods.phase(p)));
          assertThat(system)
              .filteredOn(p -> Pods.daemonSet(p).orElse("").equals(WellKnown.KUBE_PROXY))
              .hasSize(2);
          assertThat(system)
              .filteredOn(p -> p.getMetadata().getName().startsWith("coredns-"))
              .hasSize(2)
              .allMatch(p -> "Running".equals(Pods.phase(p)));
          assertThat(system)
              .filteredOn(p -> p.getMetadata().getName().startsWith("metrics-server-"))
              .hasSize(1)
              .allMatch(p -> p.getStatus().getPodIP().startsWith("10.0.1."));
        });
  }

  @Test
  void aT3MicroUnderTheVpcCniGivesAddressesToTwoPodsBesidesItsAgents() {
    int podAddresses = PodCapacity.vpcCni(T3_MICRO) - 2; // minus aws-node and kube-proxy
    sandbox.registerNode("workers", T3_MICRO, "eu-central-1a", subnet, CniMode.VPC_CNI, 110);
    client
        .apps()
        .deployments()
        .inNamespace(WellKnown.KUBE_SYSTEM)
        .withName(WellKnown.COREDNS)
        .scale(0);
    client
        .apps()
        .deployments()
        .inNamespace(WellKnown.KUBE_SYSTEM)
        .withName(WellKnown.METRICS_SERVER)
        .scale(0);
    createDeployment("web", 4);

    Eventually.within(
        SETTLE,
        () -> {
          List<Pod> web =
              client.pods().inNamespace("default").withLabel("app", "web").list().getItems();
          assertThat(web).hasSize(4);
          assertThat(web)
              .filteredOn(p -> "Running".equals(Pods.phase(p)))
              .hasSize(podAddresses)
              .allMatch(p -> p.getStatus().getPodIP().startsWith("10.0.1."));
          assertThat(sandbox.ipView()).hasSize(1);
          NodeIpView view = sandbox.ipView().get(0);
          assertThat(view.addressCapacity()).isEqualTo(2);
          assertThat(view.vpcAddressesInUse()).isEqualTo(2);
          assertThat(view.warmAddresses()).isZero();
          assertThat(view.enis()).hasSize(2);
          assertThat(view.podsWaitingForAddress()).hasSize(2);
        });
    assertThat(client.v1().events().inNamespace("default").list().getItems())
        .anySatisfy(
            e -> {
              assertThat(e.getReason()).isEqualTo("FailedCreatePodSandBox");
              assertThat(e.getMessage()).contains("failed to assign an IP address to container");
            });
  }

  @Test
  void podsBeyondMaxPodsStayPendingWithFailedScheduling() {
    sandbox.registerNode(
        "workers",
        T3_MICRO,
        "eu-central-1a",
        subnet,
        CniMode.VPC_CNI,
        PodCapacity.vpcCni(T3_MICRO));
    createDeployment("web", 3);

    Eventually.within(
        SETTLE,
        () -> {
          List<Pod> pending =
              client.pods().inAnyNamespace().list().getItems().stream()
                  .filter(p -> Pods.nodeName(p) == null)
                  .toList();
          // 4 slots: aws-node, kube-proxy and two of coredns, metrics-server and web.
          assertThat(pending)
              .as(describe(client.pods().inAnyNamespace().list().getItems()))
              .hasSize(4);
          assertThat(client.v1().events().inAnyNamespace().list().getItems())
              .anySatisfy(
                  e ->
                      assertThat(e.getMessage())
                          .isEqualTo("0/1 nodes are available: 1 Too many pods."));
        });
  }

  @Test
  void warmAddressesAreHeldAheadOfPods() {
    var large =
        new dev.eksdesk.domain.catalog.InstanceType(
            "m5.large",
            2,
            8192,
            3,
            10,
            true,
            dev.eksdesk.domain.catalog.Architecture.X86_64,
            java.util.Map.of());
    sandbox.registerNode("workers", large, "eu-central-1a", subnet, CniMode.VPC_CNI, 29);

    Eventually.within(
        SETTLE,
        () -> {
          assertThat(sandbox.ipView()).hasSize(1);
          NodeIpView view = sandbox.ipView().get(0);
          // coredns x2 and metrics-server use 3 of ENI 0's 9 secondaries; WARM_ENI_TARGET=1 keeps
          // a whole ENI's worth (9) free, so a second ENI is attached with 9 more.
          assertThat(view.vpcAddressesInUse()).isEqualTo(3);
          assertThat(view.enis()).hasSize(2);
          assertThat(view.warmAddresses()).isEqualTo(15);
        });
    assertThat(subnet.freeAddresses()).isEqualTo(256 - 5 - 1 - 1 - 18);
  }

  @Test
  void underPrefixDelegationEnisHoldWarmSlash28Prefixes() {
    sandbox.registerNode(
        "workers", T3_MICRO, "eu-central-1a", subnet, CniMode.VPC_CNI_PREFIX_DELEGATION, 110);

    Eventually.within(
        SETTLE,
        () -> {
          assertThat(sandbox.ipView()).hasSize(1);
          NodeIpView view = sandbox.ipView().get(0);
          // coredns x2 and metrics-server use 3 addresses of ENI 0's only prefix slot; with fewer
          // than
          // 16 left, WARM_PREFIX_TARGET=1 attaches ENI 1 with a prefix of its own.
          assertThat(view.vpcAddressesInUse()).isEqualTo(3);
          assertThat(view.enis())
              .hasSize(2)
              .allSatisfy(e -> assertThat(e.prefixes()).singleElement().asString().endsWith("/28"));
          assertThat(view.warmAddresses()).isEqualTo(29);
          assertThat(view.addressCapacity()).isEqualTo(32);
        });
  }

  private static String describe(List<Pod> pods) {
    return pods.stream()
        .map(p -> Pods.key(p) + "@" + Pods.nodeName(p) + ":" + Pods.phase(p))
        .toList()
        .toString();
  }

  private void createDeployment(String name, int replicas) {
    client
        .apps()
        .deployments()
        .inNamespace("default")
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace("default")
                .endMetadata()
                .withNewSpec()
                .withReplicas(replicas)
                .withNewSelector()
                .addToMatchLabels("app", name)
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .addToLabels("app", name)
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName(name)
                .withImage("nginx:1.27")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();
  }
}
