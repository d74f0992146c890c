package dev.eksdesk.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.kube.sandbox.SandboxKube;
import dev.eksdesk.kube.sandbox.SubnetAddressPool;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Workloads, usage and port forwards against the Sandbox's API server (fabric8's mock server). */
class WorkloadsUsageForwardTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private SandboxKube kube;
  private KubeGateway gateway;
  private KubernetesClient client;

  @BeforeEach
  void cluster() {
    kube = SandboxKube.start("eu-central-1");
    SubnetAddressPool subnet = SubnetAddressPool.of("10.0.32.0/20");
    // a t3.micro has room for 2 pods beside aws-node and kube-proxy: 3 system pods + 3 of web
    for (String zone :
        new String[] {"eu-central-1a", "eu-central-1b", "eu-central-1a", "eu-central-1b"}) {
      kube.registerNode("workers", TestTypes.T3_MICRO, zone, subnet, CniMode.VPC_CNI, 4);
    }
    gateway = Fabric8Gateway.connect(kube.endpoint());
    client = KubeClients.connect(kube.endpoint());
    WebWorkload.deploy(client, 2);
    client
        .services()
        .inNamespace("default")
        .resource(
            new ServiceBuilder()
                .withNewMetadata()
                .withName("web")
                .withNamespace("default")
                .endMetadata()
                .withNewSpec()
                .addToSelector("app", "web")
                .addNewPort()
                .withPort(80)
                .withNewTargetPort(8080)
                .endPort()
                .endSpec()
                .build())
        .create();
  }

  @AfterEach
  void stop() {
    client.close();
    gateway.close();
    kube.close();
  }

  @Test
  void workloadsListTheirCountsAndPodsAndFollowAScale() throws Exception {
    AtomicReference<WorkloadsSnapshot> last = new AtomicReference<>();
    try (AutoCloseable watch = gateway.watchWorkloads(last::set, e -> {})) {
      Eventually.within(
          WAIT,
          () -> {
            WorkloadRow web = row(last.get(), WorkloadKind.DEPLOYMENT, "web");
            assertThat(web.readyOfDesired()).isEqualTo("2/2");
            assertThat(last.get().podsOf(web)).hasSize(2);
            WorkloadRow service = row(last.get(), WorkloadKind.SERVICE, "web");
            assertThat(service.readyOfDesired()).isEqualTo("2/2");
            assertThat(service.ports()).containsExactly(80);
            assertThat(row(last.get(), WorkloadKind.DAEMON_SET, "aws-node").readyOfDesired())
                .isEqualTo("4/4");
            assertThat(last.get().namespaces()).contains("default", "kube-system");
          });
      client.apps().deployments().inNamespace("default").withName("web").scale(3);
      Eventually.within(
          WAIT,
          () -> {
            WorkloadRow web = row(last.get(), WorkloadKind.DEPLOYMENT, "web");
            assertThat(web.readyOfDesired()).isEqualTo("3/3");
            assertThat(last.get().podsOf(web)).hasSize(3);
          });
    }
  }

  @Test
  void aForwardToAPodAnswersALocalHttpRequest() throws Exception {
    String pod = readyWebPod();
    try (PortForward forward = gateway.forwardToPod("default", pod, 8080, 0)) {
      assertThat(forward.localPort()).isPositive();
      assertThat(get(forward.localPort()))
          .startsWith("HTTP/1.1 200 OK")
          .contains("Hello from pod default/" + pod + " on port 8080");
    }
  }

  @Test
  void aForwardToAServiceReachesOneOfItsReadyPodsOnTheTargetPort() throws Exception {
    readyWebPod();
    try (PortForward forward = gateway.forwardToService("default", "web", 80, 0)) {
      assertThat(forward.target()).startsWith("service default/web → pod web-");
      assertThat(get(forward.localPort())).contains("on port 8080");
    }
  }

  @Test
  void aTakenLocalPortIsRefusedInPlainWords() throws Exception {
    String pod = readyWebPod();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> gateway.forwardToPod("default", pod, 8080, taken.getLocalPort()))
          .isInstanceOf(PortForwardException.class)
          .hasMessage(
              "Local port "
                  + taken.getLocalPort()
                  + " is already in use by another program. Choose another port, or leave it"
                  + " empty for a free one.");
    }
  }

  @Test
  void usageHasValuesForEveryRunningPodAndNode() {
    readyWebPod();
    Eventually.within(
        WAIT,
        () -> {
          UsageReading usage = gateway.readUsage();
          assertThat(usage.unavailable()).isEmpty();
          assertThat(usage.nodes()).hasSize(4);
          assertThat(usage.nodes().values())
              .allSatisfy(n -> assertThat(n.milliCpu()).isGreaterThan(0));
          assertThat(usage.pods().keySet()).anyMatch(k -> k.startsWith("default/web-"));
          assertThat(usage.pods().values())
              .allSatisfy(p -> assertThat(p.memoryBytes()).isGreaterThan(1024 * 1024));
        });
  }

  @Test
  void usageSaysMetricsServerIsNotInstalledWithoutItsApiService() {
    client
        .genericKubernetesResources(MetricsServerReach.API_SERVICE_VERSION, "APIService")
        .withName(MetricsServerReach.API_SERVICE)
        .delete();
    UsageReading usage = gateway.readUsage();
    assertThat(usage.answered()).isFalse();
    assertThat(usage.unavailable()).isEqualTo(MetricsServerReach.NOT_INSTALLED);
  }

  @Test
  void usageSaysMetricsServerIsOffTheHostNetworkUnderCalico() {
    Eventually.within(WAIT, () -> assertThat(gateway.readUsage().answered()).isTrue());
    client
        .apps()
        .daemonSets()
        .inNamespace(WellKnown.KUBE_SYSTEM)
        .resource(
            new DaemonSetBuilder()
                .withNewMetadata()
                .withName(WellKnown.CALICO_NODE)
                .withNamespace(WellKnown.KUBE_SYSTEM)
                .endMetadata()
                .withNewSpec()
                .withNewSelector()
                .addToMatchLabels("k8s-app", WellKnown.CALICO_NODE)
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .addToLabels("k8s-app", WellKnown.CALICO_NODE)
                .endMetadata()
                .withNewSpec()
                .withHostNetwork(true)
                .addNewContainer()
                .withName("calico-node")
                .withImage("calico/node")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build())
        .create();
    UsageReading usage = gateway.readUsage();
    assertThat(usage.answered()).isFalse();
    assertThat(usage.unavailable()).isEqualTo(MetricsServerReach.NOT_ON_HOST_NETWORK);
  }

  private String readyWebPod() {
    AtomicReference<String> name = new AtomicReference<>();
    Eventually.within(
        WAIT,
        () -> {
          var ready =
              client
                  .pods()
                  .inNamespace("default")
                  .withLabel("app", "web")
                  .list()
                  .getItems()
                  .stream()
                  .filter(Pods::isReady)
                  .findFirst();
          assertThat(ready).isPresent();
          name.set(ready.get().getMetadata().getName());
        });
    return name.get();
  }

  private static WorkloadRow row(WorkloadsSnapshot snapshot, WorkloadKind kind, String name) {
    assertThat(snapshot).isNotNull();
    return snapshot.workloads().stream()
        .filter(r -> r.kind() == kind && r.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + name + " not listed"));
  }

  /** A plain HTTP/1.1 GET over a socket, read to the end (the responder closes). */
  private static String get(int port) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
