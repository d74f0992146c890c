package dev.eksdesk.ui.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.TestTypes;
import dev.eksdesk.kube.WebWorkload;
import dev.eksdesk.kube.WorkloadKind;
import dev.eksdesk.kube.WorkloadRow;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.recycle.NodeReplacer;
import dev.eksdesk.kube.recycle.RecycleOptions;
import dev.eksdesk.kube.sandbox.SandboxKube;
import dev.eksdesk.kube.sandbox.SubnetAddressPool;
import dev.eksdesk.ui.cluster.NamespaceChoice;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Workloads screen on a live Sandbox cluster: counts from the watch, the namespace picker, the
 * pods of a workload, and a port forward that answers HTTP, refuses a taken port and stops.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class WorkloadsViewTest {
  private final ExecutorService background = Executors.newFixedThreadPool(2);
  private SandboxKube kube;
  private KubernetesClient client;
  private WorkloadsViewModel model;
  private PortForwardsViewModel forwards;

  @Start
  void start(Stage stage) {
    Themes.apply(false);
    kube = SandboxKube.start("eu-central-1");
    SubnetAddressPool subnet = SubnetAddressPool.of("10.0.32.0/20");
    for (String zone : List.of("eu-central-1a", "eu-central-1b", "eu-central-1a")) {
      kube.registerNode("workers", TestTypes.T3_MICRO, zone, subnet, CniMode.VPC_CNI, 4);
    }
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
                .endPort()
                .endSpec()
                .build())
        .create();
    ClusterRuntimes runtimes = new ClusterRuntimes();
    runtimes.add(new KubeOnly(kube));
    UiExecutors executors = new UiExecutors(background, Platform::runLater);
    model = new WorkloadsViewModel(runtimes, new NamespaceChoice(), executors, Clock.systemUTC());
    forwards = new PortForwardsViewModel(executors, model.gatewayProperty()::get);
    Scene scene = new Scene(Fxml.load(new WorkloadsView(model, forwards)), 1360, 860);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    forwards.close();
    model.close();
    background.shutdownNow();
    client.close();
    kube.close();
  }

  @Test
  void countsFollowTheClusterAndTheNamespacePickerNarrowsThem(FxRobot robot) throws Exception {
    waitUntil(
        () ->
            row(robot, WorkloadKind.DEPLOYMENT, "web") != null
                && row(robot, WorkloadKind.DEPLOYMENT, "web").readyOfDesired().equals("2/2"));
    assertThat(onFx(() -> robot.lookup("#workloads-title").queryAs(Label.class).getText()))
        .isEqualTo("Workloads — pw-cluster");
    assertThat(onFx(() -> model.emptyTableProperty().get()))
        .as("once listed, an empty namespace says so instead of 'Connecting'")
        .isEqualTo("Nothing to show in this namespace.");
    assertThat(onFx(() -> rows(robot)))
        .anySatisfy(r -> assertThat(r.namespace()).isEqualTo("kube-system"));

    robot.interact(() -> namespaceBox(robot).setValue("default"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> rows(robot)))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.namespace()).isEqualTo("default"));

    client.apps().deployments().inNamespace("default").withName("web").scale(3);
    waitUntil(() -> row(robot, WorkloadKind.DEPLOYMENT, "web").readyOfDesired().equals("3/3"));

    robot.interact(() -> namespaceBox(robot).setValue(NamespaceChoice.ALL));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> rows(robot)))
        .anySatisfy(r -> assertThat(r.namespace()).isEqualTo("kube-system"));
  }

  @Test
  void aForwardToAWorkloadsPodAnswersHttpRefusesATakenPortAndStops(FxRobot robot) throws Exception {
    waitUntil(
        () ->
            row(robot, WorkloadKind.DEPLOYMENT, "web") != null
                && row(robot, WorkloadKind.DEPLOYMENT, "web").readyOfDesired().equals("2/2"));
    robot.interact(() -> select(robot, WorkloadKind.DEPLOYMENT, "web"));
    waitUntil(() -> pods(robot).size() == 2);
    robot.interact(
        () ->
            robot.lookup("#workload-pods").queryAs(TableView.class).getSelectionModel().select(0));

    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      robot.clickOn("#forward-remote-port").write("8080");
      robot.clickOn("#forward-local-port").write(String.valueOf(taken.getLocalPort()));
      robot.clickOn("#forward-pod");
      waitUntil(() -> message(robot).contains("already in use"));
      assertThat(message(robot))
          .isEqualTo(
              "Local port "
                  + taken.getLocalPort()
                  + " is already in use by another program. Choose another port, or leave it"
                  + " empty for a free one.");
    }

    robot.interact(() -> forwards.localPortProperty().set(""));
    robot.clickOn("#forward-pod");
    waitUntil(() -> forwardList(robot).getItems().size() == 1);
    ActiveForward forward = onFx(() -> forwardList(robot).getItems().get(0));
    assertThat(message(robot)).startsWith("Forwarding localhost:" + forward.forward().localPort());
    assertThat(get(forward.forward().localPort()))
        .startsWith("HTTP/1.1 200 OK")
        .contains("Hello from pod default/web-");

    robot.clickOn("#forward-stop");
    waitUntil(() -> forwardList(robot).getItems().isEmpty());
    assertThat(forward.forward().alive()).isFalse();
  }

  private static String get(int port) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void waitUntil(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition));
  }

  @SuppressWarnings("unchecked")
  private static ComboBox<String> namespaceBox(FxRobot robot) {
    return robot.lookup("#workloads-namespace").queryAs(ComboBox.class);
  }

  @SuppressWarnings("unchecked")
  private static ListView<ActiveForward> forwardList(FxRobot robot) {
    return robot.lookup("#forward-list").queryAs(ListView.class);
  }

  private static String message(FxRobot robot) throws Exception {
    return onFx(() -> robot.lookup("#forward-message").queryAs(Label.class).getText());
  }

  @SuppressWarnings("unchecked")
  private static List<WorkloadRow> rows(FxRobot robot) {
    return List.copyOf(robot.lookup("#workload-table").queryAs(TableView.class).getItems());
  }

  @SuppressWarnings("unchecked")
  private static List<PodRow> pods(FxRobot robot) {
    return List.copyOf(robot.lookup("#workload-pods").queryAs(TableView.class).getItems());
  }

  private static WorkloadRow row(FxRobot robot, WorkloadKind kind, String name) {
    return rows(robot).stream()
        .filter(r -> r.kind() == kind && r.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static void select(FxRobot robot, WorkloadKind kind, String name) {
    robot
        .lookup("#workload-table")
        .queryAs(TableView.class)
        .getSelectionModel()
        .select(row(robot, kind, name));
  }

  private static <T> T onFx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
  }

  /** A bare sandbox cluster without the cloud side: enough for what the screen reads. */
  private record KubeOnly(SandboxKube kube) implements ClusterRuntime {
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
      throw new UnsupportedOperationException("not on this screen");
    }

    @Override
    public NodeReplacer nodeReplacer() {
      throw new UnsupportedOperationException("not on this screen");
    }

    @Override
    public RecycleOptions recycleOptions() {
      return RecycleOptions.defaults();
    }
  }
}
