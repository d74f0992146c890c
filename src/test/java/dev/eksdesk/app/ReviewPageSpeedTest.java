package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.ui.fx.FxThreadWatchdog;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sandbox's speed is chosen on the Review page, before the first build, and the run uses it.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class ReviewPageSpeedTest {
  @TempDir Path home;
  private Workbench workbench;

  @Start
  void start(Stage stage) {
    workbench = WorkbenchOnScreen.show(stage, home, 1280, 860);
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void theSpeedChosenOnTheReviewPageIsTheRunsSpeed(FxRobot robot) throws Exception {
    robot.clickOn("#verify");
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#verify-message").queryAs(Label.class).getText().contains("Account"));
    robot.clickOn("#wizard-next");
    robot.clickOn("#wizard-next");
    robot.clickOn("#wizard-next");

    ComboBox<Double> speed = robot.lookup("#review-speed").queryComboBox();
    assertThat(speed.isVisible()).isTrue();
    assertThat(speed.getValue()).isEqualTo(60.0);
    robot.interact(() -> scrollToEnd(speed));
    robot.clickOn(speed);
    robot.clickOn("300×");

    assertThat(workbench.runs().speedProperty().get()).isEqualTo(300.0);
    robot.clickOn("#wizard-create");
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> !workbench.runs().runningProperty().get() && !workbench.runs().steps().isEmpty());
    assertThat(workbench.runs().outcomeProperty().get()).contains("is ready");
    assertThat(robot.lookup("#speed").queryComboBox().getValue()).isEqualTo(300.0);
  }

  /** The Review page is taller than the window: its last row is scrolled to, as a person would. */
  private static void scrollToEnd(Node node) {
    for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof ScrollPane scroll) {
        scroll.setVvalue(scroll.getVmax());
        return;
      }
    }
  }
}
