package dev.eksdesk.ui.nodes;

import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.kube.SandboxWithWeb;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The log and YAML windows (1024x700) in the light and the dark theme, into docs/screenshots. Run
 * it as docs/screenshots/make.sh runs the tour, with -Dtest=LogAndDetailsScreenshots.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class LogAndDetailsScreenshots {
  private static final Path OUT =
      Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
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
  void logAndYamlWindows(FxRobot robot) throws Exception {
    Files.createDirectories(OUT);
    robot.clickOn("#pod-filter").write("coredns");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> robot.lookup("#pod-table").queryTableView().getItems().size() == 2);
    robot.clickOn(
        WaitForAsyncUtils.asyncFx(
                () ->
                    ((dev.eksdesk.kube.PodRow)
                            robot.lookup("#pod-table").queryTableView().getItems().get(0))
                        .name())
            .get(5, TimeUnit.SECONDS));
    robot.clickOn("#pod-logs");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> robot.lookup("#log-lines").queryListView().getItems().size() > 8);
    Scene logs = robot.lookup("#log-lines").query().getScene();
    // the log window covers the screen's buttons now
    robot.interact(() -> robot.lookup("#pod-yaml").queryButton().fire());
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#details-yaml").queryAs(TextArea.class).getText().isEmpty());
    Scene yaml = robot.lookup("#details-yaml").query().getScene();

    shoot(robot, logs, "nodes-pod-logs");
    shoot(robot, yaml, "nodes-pod-yaml");
    robot.interact(() -> Themes.apply(true));
    shoot(robot, logs, "nodes-pod-logs-dark");
    shoot(robot, yaml, "nodes-pod-yaml-dark");
    robot.interact(() -> robot.lookup("#log-wrap").queryAs(CheckBox.class).fire());
    shoot(robot, logs, "nodes-pod-logs-wrapped-dark");
  }

  private static void shoot(FxRobot robot, Scene scene, String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    AtomicReference<WritableImage> snapshot = new AtomicReference<>();
    robot.interact(() -> snapshot.set(scene.snapshot(null)));
    ImageIO.write(
        SwingFXUtils.fromFXImage(snapshot.get(), null), "png", OUT.resolve(name + ".png").toFile());
  }
}
