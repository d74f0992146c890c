package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.wizard.ChangeGroups;
import dev.eksdesk.ui.wizard.InstanceTypeRow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
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
 * The run screen's Scale, Change node type and Upgrade on the Sandbox: each dialog shows what the
 * change gives and costs, opens the Review page on exactly that diff, and applies it like Edit
 * does.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class DayTwoButtonsTest {
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
  void scaleChangeTheNodeTypeThenUpgradeFromTheRunScreen(FxRobot robot) throws Exception {
    robot.interact(() -> workbench.wizard().nodes().kubernetesVersionProperty().set("1.34"));
    WorkbenchOnScreen.createDefaultCluster(robot, workbench);
    assertThat(robot.lookup("#follow-ip").queryAs(Node.class).isVisible())
        .as("the Sandbox's cluster admits this machine")
        .isFalse();

    robot.clickOn("#scale-cluster");
    Spinner<Integer> desired = robot.lookup("#scale-desired").queryAs(Spinner.class);
    robot.interact(() -> desired.getValueFactory().setValue(3));
    assertThat(robot.lookup("#scale-preview").queryAs(Label.class).getText())
        .matches("Cost: \\+\\$[1-9][0-9.]* per month\\. Room for \\d+ of your pods.*");
    robot.clickOn("#day-two-review");
    List<ChangeGroups.Group> scaled = reviewed();
    assertThat(scaled)
        .singleElement()
        .satisfies(
            g ->
                assertThat(g.lines())
                    .containsExactly(
                        new ChangeGroups.Line("~ eks:nodegroup: desiredSize 2 -> 3", false)));
    applyAndWait(robot);
    robot.clickOn("#nav-nodes_pods");
    waitForNodes(robot, 3, "t3.micro");

    robot.clickOn("#nav-setup");
    robot.clickOn("#retype-cluster");
    TableView<InstanceTypeRow> table = robot.lookup("#retype-table").queryAs(TableView.class);
    assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("t3.micro");
    robot.interact(
        () ->
            table.getItems().stream()
                .filter(r -> r.name().equals("t3.small"))
                .findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
    assertThat(robot.lookup("#retype-preview").queryAs(Label.class).getText())
        .startsWith("Cost: +$");
    robot.clickOn("#day-two-review");
    assertThat(reviewed())
        .anySatisfy(
            g ->
                assertThat(g.lines())
                    .anySatisfy(line -> assertThat(line.text()).contains("t3.micro -> t3.small")));

    AtomicInteger fewest = new AtomicInteger(Integer.MAX_VALUE);
    robot.clickOn("#wizard-create");
    robot.clickOn("#nav-nodes_pods");
    WaitForAsyncUtils.waitFor(
        180,
        TimeUnit.SECONDS,
        () -> {
          int shown = WorkbenchOnScreen.onFx(() -> workbench.nodesPods().nodes().size());
          // the table is empty for a moment when the run re-chooses its cluster (ClusterRuntimes)
          if (shown > 0) {
            fewest.accumulateAndGet(shown, Math::min);
          }
          return !workbench.runs().runningProperty().get() && changeEnded();
        });
    assertThat(workbench.runs().failedProperty().get())
        .as(workbench.runs().outcomeProperty().get())
        .isFalse();
    waitForNodes(robot, 3, "t3.small");
    assertThat(fewest.get()).as("nodes during the replacement").isGreaterThanOrEqualTo(1);

    robot.clickOn("#nav-setup");
    robot.clickOn("#upgrade-cluster");
    assertThat(robot.lookup("#upgrade-support").queryAs(Label.class).getText())
        .contains("Kubernetes 1.34 → 1.35")
        .contains("$0.60/h");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            robot.lookup("#upgrade-preflight").queryAs(Label.class).getText().contains("Support:"));
    assertThat(robot.lookup("#upgrade-preflight").queryAs(Label.class).getText())
        .doesNotContain("Blocks the upgrade")
        .contains("Support: 1.35: ");
    robot.clickOn("#day-two-review");
    assertThat(reviewed())
        .flatExtracting(ChangeGroups.Group::lines)
        .extracting(ChangeGroups.Line::text)
        .contains(
            "~ eks:cluster: kubernetesVersion 1.34 -> 1.35",
            "~ eks:addon:vpc-cni: kubernetesVersion 1.34 -> 1.35");
    applyAndWait(robot);
  }

  @Test
  void followMyIpShowsWhenTheBastionRuleNoLongerAdmitsThisMachineAndMovesIt(FxRobot robot)
      throws Exception {
    robot.interact(
        () -> workbench.wizard().network().sshIngressCidrProperty().set("198.51.100.7/32"));
    WorkbenchOnScreen.createDefaultCluster(robot, workbench);
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> workbench.runs().accessMovedProperty().get());
    assertThat(robot.lookup("#follow-ip").queryAs(Node.class).isVisible()).isTrue();

    robot.clickOn("#follow-ip");
    assertThat(reviewed())
        .flatExtracting(ChangeGroups.Group::lines)
        .extracting(ChangeGroups.Line::text)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("~ rule:bastion-ssh: sourceCidr 198.51.100.7/32 -> ")
                    .doesNotEndWith("198.51.100.7/32"));
    applyAndWait(robot);
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> !workbench.runs().accessMovedProperty().get());
    assertThat(robot.lookup("#follow-ip").queryAs(Node.class).isVisible()).isFalse();
  }

  private List<ChangeGroups.Group> reviewed() throws Exception {
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> workbench.wizard().changeReview().applicableProperty().get());
    return List.copyOf(workbench.wizard().changeReview().groups());
  }

  private void applyAndWait(FxRobot robot) throws Exception {
    robot.clickOn("#wizard-create");
    WaitForAsyncUtils.waitFor(
        120, TimeUnit.SECONDS, () -> changeEnded() && !workbench.runs().runningProperty().get());
    assertThat(workbench.runs().failedProperty().get())
        .as(workbench.runs().outcomeProperty().get())
        .isFalse();
  }

  /** A change's run: "Changing …" while it runs, "Changed …" (or "Changing … failed") after. */
  private boolean changeEnded() {
    return workbench.runs().titleProperty().get().startsWith("Chang");
  }

  private void waitForNodes(FxRobot robot, int count, String type) throws Exception {
    WaitForAsyncUtils.waitFor(
        90,
        TimeUnit.SECONDS,
        () -> {
          List<NodeRow> nodes =
              WorkbenchOnScreen.onFx(() -> List.copyOf(workbench.nodesPods().nodes()));
          return nodes.size() == count
              && nodes.stream().allMatch(n -> type.equals(n.instanceType()));
        });
  }
}
