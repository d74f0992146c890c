package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eksdesk.domain.catalog.Architecture;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.spec.AmiTypes;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.shell.Section;
import dev.eksdesk.ui.wizard.WizardPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
 * The wizard's details a new user trips over, in the real window on the sandbox: what Find changes
 * and that the AMI follows the type, the key name following the cluster's, labels instead of spec
 * paths and enum names, messages that do not move the form, empty tables that say why, and a
 * critical-path mark that Linux fonts draw.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class WizardDetailsThroughTheScreenTest {
  @TempDir Path home;
  private Workbench workbench;

  @Start
  void start(Stage stage) {
    workbench = WorkbenchOnScreen.show(stage, home, 1280, 900);
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void findKeepsTheAmiOnTheTypesArchitectureAndSaysWhatItChanged(FxRobot robot) throws Exception {
    toPage(robot, WizardPage.NODES);
    int desiredBefore = fx(robot, () -> workbench.wizard().nodes().desiredProperty().get());
    int maxBefore = fx(robot, () -> workbench.wizard().nodes().maxProperty().get());
    String amiBefore = fx(robot, () -> workbench.wizard().nodes().amiTypeProperty().get());

    robot.clickOn("#find-cheapest");
    WaitForAsyncUtils.waitForFxEvents();

    String answer = text(robot, "#cheapest-answer");
    String type = fx(robot, () -> workbench.wizard().nodes().instanceTypeProperty().get());
    Architecture arch =
        AppliedSandbox.CATALOG.find(type).flatMap(InstanceType::architecture).orElseThrow();
    String ami =
        fx(robot, () -> robot.lookup("#ami-type").queryAs(ComboBox.class).getValue()).toString();
    assertThat(AmiTypes.architecture(ami)).as(answer).isEqualTo(arch);
    assertThat(fx(robot, () -> List.copyOf(workbench.wizard().problems())))
        .noneMatch(p -> p.isError() && p.path().startsWith("nodeGroup."));
    if (!ami.equals(amiBefore)) {
      assertThat(answer).contains("AMI type " + amiBefore + " → " + ami);
    }
    int desired = fx(robot, () -> workbench.wizard().nodes().desiredProperty().get());
    int max = fx(robot, () -> workbench.wizard().nodes().maxProperty().get());
    assertThat(desired).isGreaterThan(desiredBefore); // 20 pods do not fit on two t3.micro
    assertThat(answer).contains("desired size " + desiredBefore + " → " + desired);
    if (max != maxBefore) {
      assertThat(answer).contains("max size " + maxBefore + " → " + max);
    }
  }

  @Test
  void theKeyNameFollowsTheClusterNameUntilTheUserNamesIt(FxRobot robot) throws Exception {
    replaceText(robot, "#cluster-name", "shop-api");
    toPage(robot, WizardPage.NODES);
    assertThat(text(robot, "#key-name")).isEqualTo("shop-api-key");
    assertThat(fx(robot, () -> workbench.wizard().nodes().privateKeyPathProperty().get()))
        .isEqualTo("~/.ssh/shop-api-key.pem");

    replaceText(robot, "#key-name", "team-key");
    robot.interact(() -> workbench.wizard().pageProperty().set(WizardPage.CREDENTIALS));
    replaceText(robot, "#cluster-name", "shop-web");
    robot.interact(() -> workbench.wizard().pageProperty().set(WizardPage.NODES));
    assertThat(text(robot, "#key-name")).isEqualTo("team-key");
  }

  @Test
  void messagesNameFieldsAndValuesAsTheScreenDoes(FxRobot robot) throws Exception {
    toPage(robot, WizardPage.NODES);
    replaceText(robot, "#node-type", "t3.nope");
    WaitForAsyncUtils.waitForFxEvents();
    String problems = text(robot, "#nodes-problems");
    assertThat(problems).contains("Instance type: ").doesNotContain("nodeGroup.");
    assertThat(cellText(robot, "#capacity")).isEqualTo("On-demand");
    assertThat(cellText(robot, "#key-mode")).isEqualTo("Create a new key pair");
  }

  @Test
  void aMessageUnderTheVpcFieldDoesNotMoveTheForm(FxRobot robot) throws Exception {
    toPage(robot, WizardPage.NETWORK);
    double tableBefore = sceneY(robot, "#subnets");
    replaceText(robot, "#vpc-cidr", "10.0.0.0/33");
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> !text(robot, "#vpc-cidr-message").isEmpty());
    assertThat(sceneY(robot, "#subnets")).isEqualTo(tableBefore);
  }

  @Test
  void everyTableSaysWhyItIsEmpty(FxRobot robot) throws Exception {
    List<String> found = new ArrayList<>();
    for (Section section : Section.values()) {
      robot.interact(() -> workbench.shell().navigate(section));
      WaitForAsyncUtils.waitForFxEvents();
      for (WizardPage page : WizardPage.values()) {
        if (section == Section.SETUP) {
          robot.interact(() -> workbench.wizard().pageProperty().set(page));
          WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(
            () ->
                robot.lookup(".table-view").queryAllAs(TableView.class).stream()
                    .filter(t -> !found.contains(t.getId()))
                    .forEach(
                        t -> {
                          found.add(t.getId());
                          assertThat(t.getPlaceholder())
                              .as(t.getId())
                              .isInstanceOfSatisfying(
                                  Label.class, l -> assertThat(l.getText()).isNotBlank());
                        }));
      }
    }
    assertThat(found).contains("instance-types", "subnets", "estimate", "node-table", "pod-table");
  }

  @Test
  void theCriticalPathMarkIsAGlyphLinuxFontsDraw(FxRobot robot) throws Exception {
    java.awt.Font dejaVu = new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 12);
    assumeTrue(dejaVu.getFamily().equals("DejaVu Sans"), "DejaVu Sans is installed");
    toPage(robot, WizardPage.REVIEW);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> !workbench.wizard().planGroups().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    List<String> lines =
        fx(
            robot,
            () -> {
              List<String> all = new ArrayList<>();
              TreeView<?> plan = robot.lookup("#plan").queryAs(TreeView.class);
              for (TreeItem<?> part : plan.getRoot().getChildren()) {
                part.getChildren().forEach(step -> all.add(String.valueOf(step.getValue())));
              }
              return all;
            });
    assertThat(lines).anyMatch(line -> line.startsWith("◆ "));
    assertThat(lines).allMatch(line -> dejaVu.canDisplayUpTo(line) == -1);
  }

  private void toPage(FxRobot robot, WizardPage target) throws Exception {
    robot.clickOn("#verify");
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> text(robot, "#verify-message").contains("Account"));
    while (fx(robot, () -> workbench.wizard().pageProperty().get()) != target) {
      robot.clickOn("#wizard-next");
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void replaceText(FxRobot robot, String query, String text) {
    robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(text));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String text(FxRobot robot, String query) {
    return fx(
        robot,
        () -> {
          Node node = robot.lookup(query).query();
          return node instanceof Label label
              ? label.getText()
              : ((TextInputControl) node).getText();
        });
  }

  /** What the chooser shows for its value: its converter is what its button cell displays. */
  @SuppressWarnings("unchecked")
  private static String cellText(FxRobot robot, String comboQuery) {
    return fx(
        robot,
        () -> {
          ComboBox<Object> combo = robot.lookup(comboQuery).queryAs(ComboBox.class);
          return combo.getConverter().toString(combo.getValue());
        });
  }

  private static double sceneY(FxRobot robot, String query) {
    return fx(
        robot,
        () -> {
          Node node = robot.lookup(query).query();
          return node.localToScene(node.getBoundsInLocal()).getMinY();
        });
  }

  private static <T> T fx(FxRobot robot, Supplier<T> read) {
    AtomicReference<T> value = new AtomicReference<>();
    robot.interact(() -> value.set(read.get()));
    return value.get();
  }
}
