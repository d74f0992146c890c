package dev.eksdesk.ui.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.SandboxWithWeb;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Logs, YAML and the actions through the Nodes & Pods screen on a sandbox cluster: each is clicked
 * and confirmed as a user would, and the tables follow the cluster (a bounded wait, no timing).
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class NodesPodsActionsTest {
  private final ExecutorService background = Executors.newFixedThreadPool(3);
  private SandboxWithWeb sandbox;
  private NodesPodsViewModel model;

  @Start
  void start(Stage stage) {
    Themes.apply(false);
    sandbox = new SandboxWithWeb(2);
    ClusterRuntimes runtimes = new ClusterRuntimes();
    runtimes.add(new SandboxKubeRuntime(sandbox.kube));
    UiExecutors executors = new UiExecutors(background, Platform::runLater);
    model = new NodesPodsViewModel(runtimes, executors, Clock.systemUTC());
    Scene scene =
        new Scene(
            Fxml.load(
                new NodesPodsView(
                    model, new CniSwapViewModel(executors), new RecycleViewModel(executors))),
            1360,
            860);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    model.close();
    background.shutdownNow();
    sandbox.close();
  }

  @Test
  void deleteAPodAndItsDeploymentReplacesIt(FxRobot robot) throws Exception {
    List<String> before = showWebPods(robot);

    clickRow(robot, before.get(0));
    robot.clickOn("#pod-delete");
    robot.clickOn("#confirm-ok");

    waitUntil(
        robot,
        () ->
            webPods(robot).size() == 2
                && !names(webPods(robot)).contains(before.get(0))
                && webPods(robot).stream().allMatch(p -> p.status().equals("Running")));
    waitUntil(robot, () -> notice(robot).equals("Deleted default/" + before.get(0) + "."));
  }

  @Test
  void restartThenScaleTheDeploymentOfAPod(FxRobot robot) throws Exception {
    List<String> before = showWebPods(robot);

    clickRow(robot, before.get(0));
    robot.clickOn("#pod-restart");
    robot.clickOn("#confirm-ok");
    waitUntil(
        robot,
        () ->
            webPods(robot).size() == 2
                && names(webPods(robot)).stream().noneMatch(before::contains)
                && webPods(robot).stream().allMatch(p -> p.status().equals("Running")));

    clickRow(robot, names(webPods(robot)).get(0));
    robot.clickOn("#pod-scale");
    Spinner<?> replicas = robot.lookup("#scale-replicas").queryAs(Spinner.class);
    assertThat(onFx(replicas::getValue)).isEqualTo(2);
    robot.interact(() -> replicas.getEditor().setText("3"));
    robot.interact(replicas::commitValue);
    robot.clickOn("#confirm-ok");

    waitUntil(
        robot,
        () ->
            webPods(robot).size() == 3
                && webPods(robot).stream().allMatch(p -> p.status().equals("Running")));
  }

  @Test
  void cordonUncordonThenDrainANode(FxRobot robot) throws Exception {
    waitUntil(robot, () -> table(robot, "#node-table").getItems().size() == 2);
    String node = onFx(() -> ((NodeRow) table(robot, "#node-table").getItems().get(0)).name());

    clickRow(robot, node);
    robot.clickOn("#node-cordon");
    waitUntil(robot, () -> nodeRow(robot, node).unschedulable());
    waitUntil(robot, () -> notice(robot).startsWith("Cordoned " + node));
    robot.clickOn("#node-uncordon");
    waitUntil(robot, () -> !nodeRow(robot, node).unschedulable());
    // the watch may show the node before the action's own answer is posted
    waitUntil(robot, () -> notice(robot).startsWith("Uncordoned " + node));

    robot.clickOn("#node-drain");
    robot.clickOn("#confirm-ok");
    waitUntil(
        robot,
        () ->
            nodeRow(robot, node).unschedulable()
                && pods(robot, p -> node.equals(p.node()) && !p.hostNetwork()).isEmpty()
                && webPods(robot).size() == 2
                && webPods(robot).stream().allMatch(p -> p.status().equals("Running")));
    waitUntil(robot, () -> notice(robot).startsWith("Drained " + node));
  }

  @Test
  void theLogWindowFollowsSearchesAndStopsWhenClosed(FxRobot robot) throws Exception {
    List<String> web = showWebPods(robot);
    clickRow(robot, web.get(0));
    robot.clickOn("#pod-logs");

    waitUntil(robot, () -> robot.lookup("#log-lines").queryListView().getItems().size() > 3);
    robot.clickOn("#log-search").write("HTTP/1.1");
    ListView<?> lines = robot.lookup("#log-lines").queryListView();
    assertThat(onFx(() -> List.copyOf(lines.getItems())))
        .isNotEmpty()
        .allSatisfy(l -> assertThat((String) l).contains("HTTP/1.1"));
    robot.clickOn("#log-wrap");
    assertThat(onFx(() -> robot.lookup("#log-status").queryLabeled().getText()))
        .isEqualTo("Following web…");

    robot.interact(() -> ((Stage) lines.getScene().getWindow()).close());
    int atClose = onFx(() -> lines.getItems().size());
    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(3));
    assertThat(onFx(() -> lines.getItems().size())).isEqualTo(atClose);
  }

  @Test
  void yamlOfAPodAndTheDescriptionOfANode(FxRobot robot) throws Exception {
    List<String> web = showWebPods(robot);
    clickRow(robot, web.get(0));
    robot.clickOn("#pod-yaml");
    waitUntil(
        robot,
        () ->
            robot.lookup("#details-yaml").queryAs(TextArea.class).getText().contains("kind: Pod"));
    assertThat(onFx(() -> robot.lookup("#details-yaml").queryAs(TextArea.class).getText()))
        .contains("name: " + web.get(0));
    robot.interact(
        () -> ((Stage) robot.lookup("#details-yaml").query().getScene().getWindow()).close());

    String node = onFx(() -> ((NodeRow) table(robot, "#node-table").getItems().get(0)).name());
    clickRow(robot, node);
    robot.clickOn("#node-describe");
    waitUntil(
        robot,
        () ->
            robot
                .lookup("#details-describe")
                .queryAs(TextArea.class)
                .getText()
                .contains("Conditions:"));
    assertThat(onFx(() -> robot.lookup("#details-describe").queryAs(TextArea.class).getText()))
        .contains("Name:           " + node)
        .contains("Events:");
  }

  /** Filters the pod table to the web pods and waits for both; returns their names. */
  private List<String> showWebPods(FxRobot robot) throws Exception {
    robot.clickOn("#pod-filter").write("web");
    waitUntil(robot, () -> webPods(robot).size() == 2);
    return names(webPods(robot));
  }

  private static List<PodRow> webPods(FxRobot robot) {
    return pods(robot, p -> p.namespace().equals("default") && p.name().startsWith("web-"));
  }

  private static List<PodRow> pods(FxRobot robot, Predicate<PodRow> which) {
    return call(
        () ->
            table(robot, "#pod-table").getItems().stream()
                .map(PodRow.class::cast)
                .filter(which)
                .toList());
  }

  private static NodeRow nodeRow(FxRobot robot, String name) {
    return call(
        () ->
            table(robot, "#node-table").getItems().stream()
                .map(NodeRow.class::cast)
                .filter(n -> n.name().equals(name))
                .findFirst()
                .orElseThrow());
  }

  private static String notice(FxRobot robot) {
    return call(() -> robot.lookup("#action-notice").queryLabeled().getText());
  }

  private static List<String> names(List<PodRow> pods) {
    return pods.stream().map(PodRow::name).sorted().toList();
  }

  /**
   * Clicks the row of the node or pod of that name once the table shows it (a row just replaced is
   * drawn on the next pulse; a long name may be cut short in its cell, so not found by text).
   */
  private static void clickRow(FxRobot robot, String name) throws Exception {
    Predicate<TableRow<?>> named =
        row ->
            row.getScene() != null
                && row.isVisible()
                && (row.getItem() instanceof NodeRow n
                    ? n.name().equals(name)
                    : row.getItem() instanceof PodRow p && p.name().equals(name));
    // a snapshot may redraw the rows between finding one and clicking it: click again then
    for (int attempt = 0; attempt < 5; attempt++) {
      waitUntil(robot, () -> robot.lookup(".table-row-cell").match(named).tryQuery().isPresent());
      Bounds bounds =
          onFx(
              () ->
                  robot
                      .lookup(".table-row-cell")
                      .<TableRow<?>>match(named)
                      .tryQuery()
                      .map(row -> row.localToScreen(row.getBoundsInLocal()))
                      .orElse(null));
      if (bounds != null) {
        robot.clickOn(new Point2D(bounds.getMinX() + 24, bounds.getCenterY()));
        if (onFx(() -> selectedName(robot).equals(name))) {
          return;
        }
      }
    }
    throw new AssertionError("could not select the row of " + name);
  }

  private static String selectedName(FxRobot robot) {
    for (String id : List.of("#node-table", "#pod-table")) {
      Object item = table(robot, id).getSelectionModel().getSelectedItem();
      if (item instanceof NodeRow n && table(robot, id).isFocused()) {
        return n.name();
      }
      if (item instanceof PodRow p && table(robot, id).isFocused()) {
        return p.name();
      }
    }
    return "";
  }

  private static TableView<?> table(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(TableView.class);
  }

  /** Waits for the screen to show it; on time-out, says what the screen said last. */
  private static void waitUntil(FxRobot robot, Callable<Boolean> condition) throws Exception {
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("not shown within 30 s; the notice says: " + notice(robot), e);
    }
  }

  private static <T> T call(Callable<T> read) {
    try {
      return onFx(read);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the scene on the FX thread, where the watch changes the tables. */
  private static <T> T onFx(Callable<T> read) throws Exception {
    if (Platform.isFxApplicationThread()) {
      return read.call();
    }
    return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
  }
}
