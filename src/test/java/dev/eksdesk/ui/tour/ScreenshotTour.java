package dev.eksdesk.ui.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.app.Workbench;
import dev.eksdesk.app.WorkbenchOnScreen;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.shell.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen of the real workbench (on a fresh sandbox) and saves a PNG of each into
 * docs/screenshots. Run it with docs/screenshots/make.sh; it is not part of the normal run.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {
  private static final Path OUT =
      Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
  @TempDir static Path home;
  private Scene scene;
  private Workbench workbench;

  @Start
  void start(Stage stage) {
    workbench = WorkbenchOnScreen.show(stage, home, 1360, 900);
    scene = stage.getScene();
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void everyScreen(FxRobot robot) throws IOException, TimeoutException {
    Files.createDirectories(OUT);
    shoot(robot, "wizard-1-credentials");
    robot.interact(workbench.wizard()::next);
    shoot(robot, "wizard-2-network");
    robot.interact(workbench.wizard()::next);
    shoot(robot, "wizard-3-nodes");
    robot.interact(workbench.wizard()::next);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> !workbench.wizard().planLines().isEmpty());
    shoot(robot, "wizard-4-review");

    robot.interact(() -> workbench.runs().speedProperty().set(300));
    robot.interact(workbench.wizard()::create);
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            workbench.runs().steps().stream()
                    .filter(r -> r.stateProperty().get().finished())
                    .count()
                > 12);
    shoot(robot, "provisioning-running");
    WaitForAsyncUtils.waitFor(
        120, TimeUnit.SECONDS, () -> !workbench.runs().runningProperty().get());
    shoot(robot, "provisioning-done");

    robot.interact(() -> workbench.shell().navigate(Section.TOPOLOGY));
    shoot(robot, "section-topology");
    robot.clickOn("#topology-open-cluster");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#open-cluster-list").queryListView().getItems().isEmpty());
    robot.clickOn(robot.lookup("#open-cluster-list .cluster-name").queryLabeled());
    shoot(robot, "topology-open-cluster");
    robot.clickOn("#open-cluster-draw");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#topology-opened-banner").query().isVisible());
    shoot(robot, "topology-opened-cluster");
    robot.clickOn("#topology-back-to-live");
    robot.interact(() -> workbench.shell().navigate(Section.DASHBOARDS));
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> !workbench.dashboards().metrics().nodes().isEmpty());
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> !workbench.dashboards().podIps().nodes().isEmpty());
    shoot(robot, "dashboards-metrics");
    for (String tab : new String[] {"pod-ips", "cost"}) {
      robot.interact(
          () -> {
            TabPane tabs = robot.lookup("#dashboard-tabs").queryAs(TabPane.class);
            tabs.getTabs().stream()
                .filter(t -> ("tab-" + tab).equals(t.getId()))
                .findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
          });
      shoot(robot, "dashboards-" + tab);
    }
    robot.interact(() -> workbench.shell().navigate(Section.NODES_PODS));
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            workbench.nodesPods().nodes().size() == 2 && workbench.nodesPods().pods().size() >= 7);
    robot.interact(
        () -> workbench.nodesPods().selectedPodProperty().set(workbench.nodesPods().pods().get(0)));
    shoot(robot, "section-nodes_pods");
    robot.clickOn("#swap-open");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#swap-run").queryButton().isDisabled() == false);
    shoot(robot, "nodes-swap-preflight");
    robot.clickOn("#swap-run");
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> robot.lookup("#swap-recycle").queryButton().isVisible());
    robot.clickOn("#swap-recycle");
    robot.clickOn("#recycle-start");
    WaitForAsyncUtils.waitFor(
        120, TimeUnit.SECONDS, () -> robot.lookup("#recycle-pause").queryButton().isDisabled());
    assertThat(robot.lookup("#recycle-outcome").queryLabeled().getText()).contains("replaced");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            workbench.nodesPods().nodes().stream()
                .allMatch(n -> n.cni().isPresent() && n.maxPods() > 4));
    shoot(robot, "nodes-recycled");
    robot.interact(() -> workbench.shell().navigate(Section.SETUP));
    robot.interact(() -> Themes.apply(true));
    shoot(robot, "provisioning-done-dark");
    assertThat(OUT.resolve("provisioning-done.png")).exists();
  }

  private void shoot(FxRobot robot, String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    AtomicReference<WritableImage> snapshot = new AtomicReference<>();
    robot.interact(() -> snapshot.set(scene.snapshot(null)));
    ImageIO.write(
        SwingFXUtils.fromFXImage(snapshot.get(), null), "png", OUT.resolve(name + ".png").toFile());
  }
}
