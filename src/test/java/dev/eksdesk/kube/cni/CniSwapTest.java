package dev.eksdesk.kube.cni;

import static dev.eksdesk.kube.TestTypes.T3_MICRO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.WellKnown;
import dev.eksdesk.kube.sandbox.SandboxKube;
import dev.eksdesk.kube.sandbox.SubnetAddressPool;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfigurationBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CniSwapTest {
  private static final String VPC = "10.0.0.0/16";
  private static final Duration SETTLE = Duration.ofSeconds(15);

  private SandboxKube sandbox;
  private KubernetesClient client;
  private CniSwap swap;

  @BeforeEach
  void start() {
    sandbox = SandboxKube.start("eu-central-1");
    client = KubeClients.connect(sandbox.endpoint());
    SubnetAddressPool subnet = SubnetAddressPool.of("10.0.1.0/24");
    sandbox.registerNode("workers", T3_MICRO, "eu-central-1a", subnet, CniMode.VPC_CNI, 110);
    sandbox.registerNode("workers", T3_MICRO, "eu-central-1b", subnet, CniMode.VPC_CNI, 110);
    swap = Fabric8CniSwap.to(sandbox.endpoint(), TestManifests.calico(), Duration.ofSeconds(20));
    Eventually.within(
        SETTLE, () -> assertThat(metricsServer().getStatus().getReadyReplicas()).isEqualTo(1));
  }

  @AfterEach
  void stop() {
    swap.close();
    client.close();
    sandbox.close();
  }

  @Test
  void preflightNamesMetricsServerAndWebhookBackendsAndPassesANonOverlappingPool() {
    installWebhook();

    SwapPlan plan = swap.preflight(VPC);

    assertThat(plan.canProceed()).isTrue();
    assertThat(plan.awsNodeInstalled()).isTrue();
    assertThat(plan.calicoInstalled()).isFalse();
    assertThat(plan.hostNetworkNeeds())
        .extracting(HostNetworkNeed::namespace, HostNetworkNeed::deployment)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("kube-system", "metrics-server"),
            org.assertj.core.groups.Tuple.tuple("policy", "gatekeeper"));
    assertThat(plan.podsRestarting())
        .anyMatch(p -> p.startsWith("kube-system/aws-node-"))
        .anyMatch(p -> p.startsWith("kube-system/metrics-server-"));
    assertThat(plan.podsKeepingVpcAddresses()).anyMatch(p -> p.startsWith("kube-system/coredns-"));
    assertThat(plan.nodesToRecycle()).hasSize(2);
    assertThat(plan.changes()).first().asString().contains("aws-node");
  }

  @Test
  void aPoolOverlappingTheVpcIsRefusedBeforeAnythingChanges() throws Exception {
    List<SwapEvent> events = new CopyOnWriteArrayList<>();

    boolean succeeded = swap.run("192.168.0.0/16", events::add);

    assertThat(succeeded).isFalse();
    assertThat(events.get(0))
        .isInstanceOfSatisfying(
            SwapEvent.Refused.class, r -> assertThat(r.reason()).contains("overlaps the VPC"));
    assertThat(
            client
                .apps()
                .daemonSets()
                .inNamespace(WellKnown.KUBE_SYSTEM)
                .withName(WellKnown.AWS_NODE)
                .get())
        .isNotNull();
  }

  @Test
  void theSwapRemovesAwsNodeInstallsCalicoAndMovesMetricsServerThenResumesAsDone()
      throws Exception {
    List<SwapEvent> events = new CopyOnWriteArrayList<>();

    assertThat(swap.run(VPC, events::add)).isTrue();

    assertThat(events)
        .filteredOn(SwapEvent.StepSucceeded.class::isInstance)
        .extracting(e -> ((SwapEvent.StepSucceeded) e).step())
        .containsExactly(SwapStep.REMOVE_AWS_NODE, SwapStep.INSTALL_CALICO, SwapStep.HOST_NETWORK);
    assertThat(
            client
                .apps()
                .daemonSets()
                .inNamespace(WellKnown.KUBE_SYSTEM)
                .withName(WellKnown.AWS_NODE)
                .get())
        .isNull();
    assertThat(client.pods().inNamespace(WellKnown.KUBE_SYSTEM).list().getItems())
        .noneMatch(p -> Pods.daemonSet(p).filter(WellKnown.AWS_NODE::equals).isPresent())
        .filteredOn(p -> Pods.daemonSet(p).filter(WellKnown.CALICO_NODE::equals).isPresent())
        .hasSize(2)
        .allMatch(Pods::isReady);
    var metricsPod =
        client
            .pods()
            .inNamespace(WellKnown.KUBE_SYSTEM)
            .withLabel("k8s-app", "metrics-server")
            .list()
            .getItems();
    assertThat(metricsPod)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(Pods.usesHostNetwork(p)).isTrue();
              assertThat(p.getSpec().getDnsPolicy()).isEqualTo("ClusterFirstWithHostNet");
              assertThat(p.getSpec().getContainers().get(0).getArgs())
                  .contains("--secure-port=4443");
              assertThat(p.getStatus().getPodIP()).startsWith("10.0.1.");
            });

    List<SwapEvent> again = new CopyOnWriteArrayList<>();
    assertThat(swap.run(VPC, again::add)).isTrue();
    assertThat(again).filteredOn(SwapEvent.StepAlreadyDone.class::isInstance).hasSize(3);
  }

  @Test
  void applyingTheManifestTwiceUpdatesInsteadOfDuplicating() throws Exception {
    ManifestApplier applier = new ManifestApplier(client);
    String manifest = TestManifests.calico().read();

    List<String> first = applier.apply(manifest);
    client
        .configMaps()
        .inNamespace(WellKnown.KUBE_SYSTEM)
        .withName("calico-config")
        .edit(
            c -> {
              c.getData().put("veth_mtu", "1440");
              return c;
            });
    List<String> second = applier.apply(manifest);

    assertThat(first)
        .containsExactly(
            "ConfigMap kube-system/calico-config", "ServiceAccount kube-system/calico-node",
            "DaemonSet kube-system/calico-node", "Deployment kube-system/calico-kube-controllers");
    assertThat(second).isEqualTo(first);
    assertThat(
            client
                .configMaps()
                .inNamespace(WellKnown.KUBE_SYSTEM)
                .withName("calico-config")
                .get()
                .getData())
        .containsEntry("veth_mtu", "0");
    assertThat(client.apps().daemonSets().inNamespace(WellKnown.KUBE_SYSTEM).list().getItems())
        .filteredOn(d -> d.getMetadata().getName().equals(WellKnown.CALICO_NODE))
        .hasSize(1);
  }

  private Deployment metricsServer() {
    return client
        .apps()
        .deployments()
        .inNamespace(WellKnown.KUBE_SYSTEM)
        .withName(WellKnown.METRICS_SERVER)
        .get();
  }

  private void installWebhook() {
    client
        .apps()
        .deployments()
        .inNamespace("policy")
        .resource(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName("gatekeeper")
                .withNamespace("policy")
                .endMetadata()
                .withNewSpec()
                .withReplicas(1)
                .withNewSelector()
                .addToMatchLabels("app", "gatekeeper")
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .addToLabels("app", "gatekeeper")
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("manager")
                .withImage("openpolicyagent/gatekeeper:v3.18.0")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();
    client
        .services()
        .inNamespace("policy")
        .resource(
            new ServiceBuilder()
                .withNewMetadata()
                .withName("gatekeeper-webhook")
                .withNamespace("policy")
                .endMetadata()
                .withNewSpec()
                .addToSelector("app", "gatekeeper")
                .addNewPort()
                .withPort(443)
                .endPort()
                .endSpec()
                .build())
        .create();
    client
        .admissionRegistration()
        .v1()
        .validatingWebhookConfigurations()
        .resource(
            new ValidatingWebhookConfigurationBuilder()
                .withNewMetadata()
                .withName("gatekeeper")
                .endMetadata()
                .addNewWebhook()
                .withName("validation.gatekeeper.sh")
                .withNewClientConfig()
                .withNewService()
                .withNamespace("policy")
                .withName("gatekeeper-webhook")
                .endService()
                .endClientConfig()
                .withAdmissionReviewVersions("v1")
                .withSideEffects("None")
                .endWebhook()
                .build())
        .create();
  }
}
