package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.topology.ElementKind;
import dev.eksdesk.ui.wizard.ChangeGroups;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
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
 * Day two in the app: build the default cluster on the sandbox, Edit it, scale the node group from
 * 2 to 3, read the diff and its cost on the Review page, apply, and see the third node.
 */
@ExtendWith(ApplicationExtension.class)
class EditClusterThroughTheScreenTest {
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
  void scalingTheNodeGroupShowsTheDiffAndItsCostThenTheThirdNode(FxRobot robot) throws Exception {
    WorkbenchOnScreen.createDefaultCluster(robot, workbench);
    robot.clickOn("#nav-nodes_pods");
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> WorkbenchOnScreen.onFx(() -> workbench.nodesPods().nodes().size()) == 2);

    robot.clickOn("#nav-setup");
    robot.clickOn("#edit-cluster");
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> workbench.wizard().changeReview().currentProperty().get() != null);
    assertThat(robot.lookup("#wizard-title").queryAs(Label.class).getText())
        .isEqualTo("Edit pw-cluster");
    Spinner<Integer> desired = robot.lookup("#desired").queryAs(Spinner.class);
    robot.interact(() -> desired.getValueFactory().setValue(3));
    robot.clickOn("#wizard-next");

    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> workbench.wizard().changeReview().applicableProperty().get());
    List<ChangeGroups.Group> groups = workbench.wizard().changeReview().groups();
    assertThat(groups)
        .singleElement()
        .satisfies(
            group -> {
              assertThat(group.title()).isEqualTo("EKS managed node group");
              assertThat(group.lines())
                  .containsExactly(
                      new ChangeGroups.Line("~ eks:nodegroup: desiredSize 2 -> 3", false));
            });
    assertThat(robot.lookup(".change").queryAllAs(Label.class))
        .extracting(Label::getText)
        .containsExactly("~ eks:nodegroup: desiredSize 2 -> 3");
    assertThat(robot.lookup("#cost-delta").queryAs(Label.class).getText())
        .matches("\\+\\$[1-9][0-9]*\\.[0-9]{2} per month");
    assertThat(robot.lookup("#changes-summary").queryAs(Label.class).getText())
        .contains("1 to update");

    robot.clickOn("#wizard-create");
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () ->
            workbench.runs().titleProperty().get().startsWith("Changed ")
                && !workbench.runs().runningProperty().get());
    assertThat(workbench.runs().failedProperty().get())
        .as(workbench.runs().outcomeProperty().get())
        .isFalse();

    robot.clickOn("#nav-nodes_pods");
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> WorkbenchOnScreen.onFx(() -> workbench.nodesPods().nodes().size()) == 3);
    robot.clickOn("#nav-topology");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            WorkbenchOnScreen.onFx(
                    () -> workbench.topology().current().ofKind(ElementKind.NODE).size())
                == 3);
  }
}
