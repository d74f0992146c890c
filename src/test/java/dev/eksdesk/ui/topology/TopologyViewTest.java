package dev.eksdesk.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.topology.Box;
import dev.eksdesk.topology.ElementKind;
import dev.eksdesk.topology.LiveTopology;
import dev.eksdesk.topology.PodGrid;
import dev.eksdesk.topology.PodInfo;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class TopologyViewTest {
  private final LiveTopology live = TopologyScenes.midRun();
  private final UiExecutors executors = new UiExecutors(Runnable::run, Platform::runLater);
  private final TopologyViewModel viewModel = new TopologyViewModel(live, executors);
  private final TopologyView view =
      new TopologyView(
          viewModel,
          new OpenClusterViewModel(
              () -> new FakeClusterLookup("the Sandbox, eu-central-1"), viewModel, executors));
  private TopologyDiagram diagram;

  @TempDir Path folder;

  @Start
  void start(Stage stage) {
    Themes.apply(false);
    Scene scene = new Scene(Fxml.load(view), 1280, 800);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
    viewModel.activate();
  }

  @Test
  void clickingASubnetSelectsItAndShowsItsCidr(FxRobot robot) {
    diagram = robot.lookup("#topology-diagram").queryAs(TopologyDiagram.class);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(screenPointOf(robot, "subnet:private-a", 30, 30));

    assertThat(viewModel.selectionProperty().get())
        .isEqualTo(new Selection.OfElement("subnet:private-a"));
    assertThat(robot.lookup("#topology-details-heading").queryAs(Label.class).getText())
        .isEqualTo("private-a");
    assertThat(robot.lookup("10.0.16.0/20").tryQuery()).isPresent();
  }

  @Test
  void clickingAPodMarkShowsThePod(FxRobot robot) {
    diagram = robot.lookup("#topology-diagram").queryAs(TopologyDiagram.class);
    WaitForAsyncUtils.waitForFxEvents();
    String node = live.current().ofKind(ElementKind.NODE).get(0).id();
    PodGrid grid = diagram.getDiagramLayout().podGrids().get(node);
    double x = diagram.offsetXProperty().get() + (grid.markX(0) + 3) * diagram.getScale();
    double y = diagram.offsetYProperty().get() + (grid.markY(0) + 3) * diagram.getScale();
    robot.clickOn(diagram.localToScreen(x, y));

    PodInfo first = live.current().podsOn(node).get(0);
    assertThat(viewModel.selectionProperty().get())
        .isEqualTo(new Selection.OfPod(node, first.key()));
    assertThat(robot.lookup("#topology-details-heading").queryAs(Label.class).getText())
        .isEqualTo(first.name());
  }

  @Test
  void fitShowsTheWholeDiagramAfterZoomingIn(FxRobot robot) {
    diagram = robot.lookup("#topology-diagram").queryAs(TopologyDiagram.class);
    robot.clickOn("#topology-zoom-in").clickOn("#topology-zoom-in").clickOn("#topology-zoom-in");
    double zoomed = diagram.getScale();
    robot.clickOn("#topology-fit");
    WaitForAsyncUtils.waitForFxEvents();

    Box bounds = diagram.getDiagramLayout().bounds();
    double scale = diagram.getScale();
    assertThat(scale).isLessThan(zoomed);
    assertThat(diagram.offsetXProperty().get()).isGreaterThanOrEqualTo(0);
    assertThat(diagram.offsetYProperty().get()).isGreaterThanOrEqualTo(0);
    assertThat(diagram.offsetXProperty().get() + bounds.width() * scale)
        .isLessThanOrEqualTo(diagram.getWidth());
    assertThat(diagram.offsetYProperty().get() + bounds.height() * scale)
        .isLessThanOrEqualTo(diagram.getHeight());
  }

  @Test
  void exportsWriteAPngAndAnSvg(FxRobot robot) throws Exception {
    diagram = robot.lookup("#topology-diagram").queryAs(TopologyDiagram.class);
    Path png = folder.resolve("topology.png");
    Path svg = folder.resolve("topology.svg");
    robot.interact(
        () -> {
          view.exportPng(png);
          view.exportSvg(svg);
        });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(png) && Files.exists(svg));
    WaitForAsyncUtils.waitForFxEvents();

    byte[] header = Files.readAllBytes(png);
    assertThat(header).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(Files.readString(svg)).contains("<svg").contains("10.0.16.0/20");
    Path screenshots = Path.of("target", "topology");
    Files.createDirectories(screenshots);
    Files.copy(png, screenshots.resolve("mid-run.png"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(svg, screenshots.resolve("mid-run.svg"), StandardCopyOption.REPLACE_EXISTING);
    robot.clickOn(screenPointOf(robot, "instance:worker", 40, 20)); // a failure, for the review
    Path window = screenshots.resolve("view.png");
    robot.interact(
        () -> {
          try {
            ImageIO.write(
                SwingFXUtils.fromFXImage(diagram.getScene().snapshot(null), null),
                "png",
                window.toFile());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    assertThat(window).exists();
  }

  private Point2D screenPointOf(FxRobot robot, String elementId, double dx, double dy) {
    Box box = diagram.getDiagramLayout().box(elementId).orElseThrow();
    double x = diagram.offsetXProperty().get() + (box.x() + dx) * diagram.getScale();
    double y = diagram.offsetYProperty().get() + (box.y() + dy) * diagram.getScale();
    return diagram.localToScreen(x, y);
  }
}
