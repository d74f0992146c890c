package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.provisioning.StepRow;
import dev.eksdesk.ui.shell.Section;
import dev.eksdesk.ui.wizard.WizardPage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
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
 * A cluster built on the sandbox from the real window, watched to its end: the control plane's wait
 * counts down, the title stops saying "Creating" once done, Nodes & Pods says why Add to kubeconfig
 * is off, and "Set up another cluster" starts the wizard afresh.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class RunEndThroughTheScreenTest {
  private static final Pattern EXPECTED_IN =
      Pattern.compile("expected in (?:(\\d+) min )?(\\d+) s");

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
  void aFinishedRunIsToldAsFinishedAndTheNextClusterStartsAfresh(FxRobot robot) throws Exception {
    robot.interact(workbench.wizard()::create);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> expectedIn(robot, "eks:cluster") != null);
    Duration first = expectedIn(robot, "eks:cluster");
    assertThat(text(robot, "#run-title")).startsWith("Creating pw-cluster");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> {
          Duration now = expectedIn(robot, "eks:cluster");
          return now != null && now.compareTo(first) < 0;
        });

    robot.interact(() -> workbench.runs().speedProperty().set(1000));
    WaitForAsyncUtils.waitFor(
        120, TimeUnit.SECONDS, () -> !fx(robot, () -> workbench.runs().runningProperty().get()));
    assertThat(fx(robot, () -> workbench.runs().failedProperty().get())).isFalse();
    assertThat(text(robot, "#run-title"))
        .startsWith("Created pw-cluster on ")
        .doesNotContain("Creating");

    robot.interact(() -> workbench.shell().navigate(Section.NODES_PODS));
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> fx(robot, () -> workbench.nodesPods().cluster().isPresent()));
    assertThat(
            fx(robot, () -> robot.lookup("#kubeconfig-write").queryAs(Button.class).isDisabled()))
        .isTrue();
    assertThat(text(robot, "#kubeconfig-notice")).contains("Sandbox").contains("kubectl");

    robot.interact(() -> workbench.shell().navigate(Section.SETUP));
    robot.clickOn("#new-cluster");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(robot, () -> workbench.wizard().pageProperty().get()))
        .isEqualTo(WizardPage.CREDENTIALS);
    assertThat(field(robot, "#cluster-name")).isEqualTo("pw-cluster-2");
    assertThat(fx(robot, () -> workbench.wizard().nodes().keyPairNameProperty().get()))
        .isEqualTo("pw-cluster-2-key");
  }

  /** The countdown in the step's message, or null while it shows none. */
  private Duration expectedIn(FxRobot robot, String stepId) {
    String message =
        fx(
            robot,
            () ->
                workbench.runs().steps().stream()
                    .filter(row -> row.id().equals(stepId))
                    .map(StepRow::messageProperty)
                    .map(p -> p.get())
                    .findFirst()
                    .orElse(""));
    Matcher countdown = EXPECTED_IN.matcher(message);
    if (!countdown.find()) {
      return null;
    }
    long minutes = countdown.group(1) == null ? 0 : Long.parseLong(countdown.group(1));
    return Duration.ofMinutes(minutes).plusSeconds(Long.parseLong(countdown.group(2)));
  }

  private static String text(FxRobot robot, String query) {
    return fx(robot, () -> robot.lookup(query).queryAs(Label.class).getText());
  }

  private static String field(FxRobot robot, String query) {
    return fx(
        robot,
        () -> {
          Node node = robot.lookup(query).query();
          return ((TextInputControl) node).getText();
        });
  }

  private static <T> T fx(FxRobot robot, Supplier<T> read) {
    AtomicReference<T> value = new AtomicReference<>();
    robot.interact(() -> value.set(read.get()));
    return value.get();
  }
}
