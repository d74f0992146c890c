package dev.eksdesk.ui.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.kube.MetricsServerReach;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.SandboxWithWeb;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The usage columns of Nodes & Pods on a sandbox cluster, read from its metrics API as from
 * metrics-server's: values per node and per running pod, and the line saying why there are none
 * when metrics-server is not installed.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class NodesPodsUsageTest {
  private static final Pattern CPU = Pattern.compile("\\d+m|\\d+\\.\\d cores");
  private static final Pattern MEMORY = Pattern.compile("\\d+Mi|\\d+\\.\\dGi");
  private static final Pattern MILLI_CPU = Pattern.compile("(\\d+)m");

  private final ExecutorService background = Executors.newFixedThreadPool(2);
  private SandboxWithWeb sandbox;
  private NodesPodsViewModel model;
  private UsageViewModel usage;

  @Start
  void start(Stage stage) {
    Themes.apply(false);
    sandbox = new SandboxWithWeb(2);
    ClusterRuntimes runtimes = new ClusterRuntimes();
    runtimes.add(new SandboxKubeRuntime(sandbox.kube));
    UiExecutors executors = new UiExecutors(background, Platform::runLater);
    model = new NodesPodsViewModel(runtimes, executors, Clock.systemUTC());
    usage = new UsageViewModel(runtimes, executors, Duration.ofMillis(300));
    Scene scene =
        new Scene(
            Fxml.load(
                new NodesPodsView(
                    model,
                    new CniSwapViewModel(executors),
                    new RecycleViewModel(executors),
                    usage,
                    NodeGroupChanges.NONE)),
            1360,
            860);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    usage.close();
    model.close();
    background.shutdownNow();
    sandbox.close();
  }

  @Test
  void everyNodeAndRunningPodShowsItsCpuAndMemoryWithTheNodesRecentCpu(FxRobot robot)
      throws Exception {
    waitUntil(robot, () -> nodeTable(robot).getItems().size() == 2 && everyRowHasUsage(robot));

    List<String> nodeCpu = call(() -> cellTexts(nodeTable(robot), "CPU"));
    assertThat(nodeCpu).hasSize(2).allMatch(cpu -> CPU.matcher(cpu).matches());
    // a node's CPU is its pods' plus the system's share (70m in the Sandbox's metrics API)
    assertThat(nodeCpu)
        .allSatisfy(
            cpu -> {
              var milli = MILLI_CPU.matcher(cpu);
              if (milli.matches()) {
                assertThat(Integer.parseInt(milli.group(1))).isGreaterThanOrEqualTo(70);
              }
            });
    assertThat(call(() -> cellTexts(nodeTable(robot), "Memory")))
        .hasSize(2)
        .allMatch(memory -> MEMORY.matcher(memory).matches());
    assertThat(usageLine(robot).isVisible()).isFalse();

    robot.clickOn("#pod-filter").write("web");
    waitUntil(
        robot,
        () ->
            shownCells(robot, podTable(robot), "CPU").size() == 2
                && shownCells(robot, podTable(robot), "CPU").stream()
                    .allMatch(
                        cell -> cell.getText() != null && CPU.matcher(cell.getText()).matches())
                && shownCells(robot, podTable(robot), "Memory").stream()
                    .allMatch(
                        cell ->
                            cell.getText() != null && MEMORY.matcher(cell.getText()).matches()));

    // the reader goes on every interval: after two readings each node draws its sparkline
    waitUntil(
        robot,
        () ->
            shownCells(robot, nodeTable(robot), "CPU").size() == 2
                && shownCells(robot, nodeTable(robot), "CPU").stream()
                    .allMatch(cell -> cell.getGraphic() instanceof Polyline));
  }

  @Test
  void withoutMetricsServerTheUsageLineSaysWhyAndTheColumnsStayEmpty(FxRobot robot)
      throws Exception {
    waitUntil(robot, () -> nodeTable(robot).getItems().size() == 2 && everyRowHasUsage(robot));
    Resource<GenericKubernetesResource> apiService =
        sandbox
            .client
            .genericKubernetesResources(MetricsServerReach.API_SERVICE_VERSION, "APIService")
            .withName(MetricsServerReach.API_SERVICE);
    GenericKubernetesResource installed = apiService.get();

    apiService.delete();
    waitUntil(robot, () -> usageLine(robot).isVisible());
    assertThat(call(() -> usageLine(robot).getText()))
        .isEqualTo(
            "Usage needs metrics-server, which is not installed: the cluster has no"
                + " metrics.k8s.io APIService. Add the metrics-server add-on (EKS add-on"
                + " \"metrics-server\") and usage appears here within a minute.");
    waitUntil(
        robot,
        () ->
            cellTexts(nodeTable(robot), "CPU").stream().allMatch(String::isEmpty)
                && cellTexts(podTable(robot), "CPU").stream().allMatch(String::isEmpty)
                && cellTexts(podTable(robot), "Memory").stream().allMatch(String::isEmpty));

    sandbox
        .client
        .genericKubernetesResources(MetricsServerReach.API_SERVICE_VERSION, "APIService")
        .resource(
            new GenericKubernetesResourceBuilder(installed)
                .editMetadata()
                .withResourceVersion(null)
                .withUid(null)
                .endMetadata()
                .build())
        .create();
    waitUntil(robot, () -> !usageLine(robot).isVisible() && everyRowHasUsage(robot));
  }

  /** Every node and every running pod has a CPU and a memory value in its row. */
  private static boolean everyRowHasUsage(FxRobot robot) {
    TableView<?> pods = podTable(robot);
    TableColumn<?, ?> podCpu = column(pods, "CPU");
    TableColumn<?, ?> podMemory = column(pods, "Memory");
    List<?> running =
        pods.getItems().stream().filter(p -> ((PodRow) p).status().equals("Running")).toList();
    return !running.isEmpty()
        && running.stream()
            .allMatch(
                p ->
                    CPU.matcher(text(podCpu, p)).matches()
                        && MEMORY.matcher(text(podMemory, p)).matches())
        && cellTexts(nodeTable(robot), "CPU").stream().allMatch(t -> CPU.matcher(t).matches())
        && cellTexts(nodeTable(robot), "Memory").stream()
            .allMatch(t -> MEMORY.matcher(t).matches());
  }

  /** The column's value in each row of the table, as the table asks its cells to show it. */
  private static List<String> cellTexts(TableView<?> table, String header) {
    TableColumn<?, ?> column = column(table, header);
    return table.getItems().stream().map(row -> text(column, row)).toList();
  }

  @SuppressWarnings("unchecked")
  private static String text(TableColumn<?, ?> column, Object row) {
    return (String) ((TableColumn<Object, ?>) column).getCellData(row);
  }

  /** The cells drawn on screen in that column, for rows that hold a node or pod. */
  private static List<TableCell<?, ?>> shownCells(
      FxRobot robot, TableView<?> table, String header) {
    TableColumn<?, ?> column = column(table, header);
    return robot.from(table).lookup(".table-cell").<TableCell<?, ?>>queryAll().stream()
        .filter(cell -> cell.getTableColumn() == column && cell.isVisible())
        .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getItem() != null)
        .filter(
            cell ->
                cell.getTableRow().getItem() instanceof NodeRow
                    || ((PodRow) cell.getTableRow().getItem()).name().startsWith("web-"))
        .toList();
  }

  private static TableColumn<?, ?> column(TableView<?> table, String header) {
    return table.getColumns().stream()
        .filter(c -> c.getText().equals(header))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no column " + header));
  }

  private static TableView<?> nodeTable(FxRobot robot) {
    return robot.lookup("#node-table").queryAs(TableView.class);
  }

  private static TableView<?> podTable(FxRobot robot) {
    return robot.lookup("#pod-table").queryAs(TableView.class);
  }

  private static Label usageLine(FxRobot robot) {
    return robot.lookup("#usage-problem").queryAs(Label.class);
  }

  /** Waits for the screen to show it; on time-out, says what the usage line said last. */
  private static void waitUntil(FxRobot robot, Callable<Boolean> condition) throws Exception {
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> call(condition));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "not shown within 30 s; the usage line says: " + call(() -> usageLine(robot).getText()),
          e);
    }
  }

  /** Reads the scene on the FX thread, where the readings and the watch change the tables. */
  private static <T> T call(Callable<T> read) {
    try {
      if (Platform.isFxApplicationThread()) {
        return read.call();
      }
      return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
