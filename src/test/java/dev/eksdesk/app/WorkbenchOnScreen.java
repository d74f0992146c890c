package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.ui.fx.Themes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The app's window as the TestFX tests open it, and the steps several of them take in it. */
public final class WorkbenchOnScreen {
  private WorkbenchOnScreen() {}

  /** The workbench on {@code home}, light theme, shown in a window of that size. */
  public static Workbench show(Stage stage, Path home, double width, double height) {
    Themes.apply(false);
    Workbench workbench = new Workbench(home);
    Scene scene = new Scene(workbench.root(), width, height);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
    return workbench;
  }

  /** Verify, the wizard's defaults, Create at Sandbox speed 1000, until the cluster is ready. */
  static void createDefaultCluster(FxRobot robot, Workbench workbench) throws Exception {
    robot.clickOn("#verify");
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#verify-message").queryAs(Label.class).getText().contains("Account"));
    robot.clickOn("#wizard-next");
    robot.clickOn("#wizard-next");
    robot.clickOn("#wizard-next");
    robot.interact(() -> workbench.runs().speedProperty().set(1000));
    robot.clickOn("#wizard-create");
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        // the outcome is written just after the run stops running: wait for both
        () ->
            !workbench.runs().runningProperty().get()
                && !workbench.runs().steps().isEmpty()
                && !workbench.runs().outcomeProperty().get().isEmpty());
    assertThat(workbench.runs().outcomeProperty().get()).contains("is ready");
  }

  /** The default cluster created, and the live cluster once both its nodes report addresses. */
  static ClusterRuntime createDefaultClusterWithItsNodes(FxRobot robot, Workbench workbench)
      throws Exception {
    createDefaultCluster(robot, workbench);
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> workbench.clusters().current().map(c -> c.ipView().size() == 2).orElse(false));
    return workbench.clusters().current().orElseThrow();
  }

  /** The Dashboards' Pod IPs panel, read now, until its advice shows the button of that id. */
  static void openPodIpsUntilItOffers(FxRobot robot, Workbench workbench, String buttonId)
      throws Exception {
    robot.clickOn("#nav-dashboards");
    robot.clickOn("Pod IPs");
    robot.interact(() -> workbench.dashboards().readAddresses());
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#" + buttonId)
                .tryQuery()
                .filter(javafx.scene.Node::isVisible)
                .isPresent());
  }

  /** Reads on the FX thread what only it may read. */
  static <T> T onFx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
  }
}
