package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.topology.ElementState;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.provisioning.StepState;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A person's first run: walk the wizard on the sandbox with the defaults and build the cluster. */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class WizardToClusterTest {
  @TempDir static Path home;
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
  void theDefaultSpecBecomesAReadyClusterOnTheSandbox(FxRobot robot) throws Exception {
    robot.clickOn("#verify");
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#verify-message").queryAs(Label.class).getText().contains("Account"));
    robot.clickOn("#wizard-next");
    robot.clickOn("#wizard-next");
    robot.clickOn("#wizard-next");
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> !workbench.wizard().planLines().isEmpty());
    assertThat(workbench.wizard().planLines()).anyMatch(line -> line.contains("VPC"));

    robot.interact(() -> workbench.runs().speedProperty().set(1000));
    robot.clickOn("#wizard-create");
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> !workbench.runs().runningProperty().get() && !workbench.runs().steps().isEmpty());

    assertThat(workbench.runs().failedProperty().get())
        .as(workbench.runs().outcomeProperty().get())
        .isFalse();
    assertThat(workbench.runs().outcomeProperty().get()).contains("is ready");
    assertThat(workbench.runs().steps())
        .allSatisfy(row -> assertThat(row.stateProperty().get()).isEqualTo(StepState.DONE));
    assertThat(robot.lookup("#outcome").queryAs(Label.class).getText()).contains("pw-cluster");

    robot.clickOn("#nav-topology");
    WaitForAsyncUtils.waitForFxEvents();
    var drawn = workbench.topology().current();
    assertThat(drawn.elements()).isNotEmpty();
    assertThat(drawn.elements())
        .allSatisfy(e -> assertThat(e.state()).as(e.id()).isEqualTo(ElementState.READY));
  }
}
