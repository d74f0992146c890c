package dev.eksdesk.ui.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.app.Workbench;
import dev.eksdesk.app.WorkbenchOnScreen;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.shell.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Every screen of the real workbench, with a cluster built on the sandbox, in light and dark at
 * 1024x700 and 1600x1000: saved as docs/screenshots/matrix/THEME-WxH-SCREEN.png, and checked for
 * controls cut to an ellipsis, screens clipped by the window and for dark text below WCAG AA
 * contrast ({@link ScreenChecks}). Run with docs/screenshots/make.sh.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ScreenMatrixTour {
  private static final Path OUT =
      Path.of(System.getProperty("screenshots.dir", "docs/screenshots")).resolve("matrix");
  private static final int[][] SIZES = {{1024, 700}, {1600, 1000}};
  @TempDir static Path home;
  private Stage stage;
  private Scene scene;
  private Workbench workbench;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    workbench = WorkbenchOnScreen.show(stage, home, 1024, 700);
    scene = stage.getScene();
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void everyScreenInBothThemesAtBothSizes(FxRobot robot) throws IOException, TimeoutException {
    Files.createDirectories(OUT);
    robot.interact(() -> workbench.runs().speedProperty().set(1000));
    robot.interact(workbench.wizard()::create);
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> !workbench.runs().steps().isEmpty() && !workbench.runs().runningProperty().get());
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> workbench.nodesPods().nodes().size() == 2);
    List<String> problems = new ArrayList<>();
    for (boolean dark : new boolean[] {false, true}) {
      robot.interact(() -> workbench.shell().darkThemeProperty().set(dark));
      robot.interact(() -> Themes.apply(dark));
      for (int[] size : SIZES) {
        robot.interact(
            () -> {
              stage.setWidth(size[0]);
              stage.setHeight(size[1]);
            });
        String prefix = (dark ? "dark" : "light") + "-" + size[0] + "x" + size[1] + "-";
        for (Section section :
            new Section[] {
              Section.CLUSTERS,
              Section.SETUP,
              Section.TOPOLOGY,
              Section.NODES_PODS,
              Section.WORKLOADS
            }) {
          robot.interact(() -> workbench.shell().navigate(section));
          if (section == Section.WORKLOADS) {
            // its tables fill once the screen, shown for the first time, has connected
            WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> !workbench.workloads().visibleWorkloads().isEmpty());
          }
          problems.addAll(shoot(robot, prefix + section.name().toLowerCase(), dark));
        }
        robot.interact(() -> workbench.shell().navigate(Section.DASHBOARDS));
        for (String tab : new String[] {"metrics", "pod-ips", "cost"}) {
          robot.interact(
              () -> {
                TabPane tabs = robot.lookup("#dashboard-tabs").queryAs(TabPane.class);
                tabs.getTabs().stream()
                    .filter(t -> ("tab-" + tab).equals(t.getId()))
                    .findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
              });
          problems.addAll(shoot(robot, prefix + "dashboards-" + tab, dark));
        }
      }
    }
    Files.write(OUT.resolve("problems.txt"), problems);
    assertThat(problems).isEmpty();
  }

  private List<String> shoot(FxRobot robot, String name, boolean dark) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    AtomicReference<WritableImage> snapshot = new AtomicReference<>();
    List<String> problems = new ArrayList<>();
    robot.interact(
        () -> {
          scene.getRoot().applyCss();
          scene.getRoot().layout();
          snapshot.set(scene.snapshot(null));
          ScreenChecks.cutControls(scene.getRoot()).forEach(p -> problems.add(name + ": " + p));
          ScreenChecks.overflow(scene.getRoot(), scene.getWidth(), scene.getHeight())
              .forEach(p -> problems.add(name + ": " + p));
          if (dark) {
            ScreenChecks.lowContrast(scene.getRoot(), snapshot.get())
                .forEach(p -> problems.add(name + ": " + p));
          }
        });
    ImageIO.write(
        SwingFXUtils.fromFXImage(snapshot.get(), null), "png", OUT.resolve(name + ".png").toFile());
    return problems;
  }
}
