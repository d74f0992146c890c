package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.engine.EngineCommandContext;
import dev.eksdesk.cli.engine.EngineCommands;
import dev.eksdesk.cloud.aws.ApiCallCounter;
import dev.eksdesk.cloud.aws.AwsClients;
import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.MotoForeignCluster;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.ui.clusters.ClusterRow;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.shell.Section;
import dev.eksdesk.ui.wizard.SpecFilePicker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import picocli.CommandLine;
import software.amazon.awssdk.regions.Region;

/**
 * Three clusters on the Clusters screen: two the CLI built on the Sandbox and one another tool made
 * on moto. Choosing each moves every screen to it, the foreign one included (Nodes &amp; Pods and
 * the dashboards reach it); a restart brings back the last choice; the one Eksdesk did not build
 * has Edit and Destroy disabled, saying why.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class ClustersThroughTheScreenTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir static Path home;
  @TempDir static Path user;
  private Stage stage;
  private Workbench workbench;

  @BeforeAll
  static void twoSandboxClustersAndOneMadeByAnotherTool() throws Exception {
    build("alpha");
    build("beta");
    try (AwsClients setup = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter())) {
      MotoForeignCluster.build(setup, "shop");
    }
    Files.createDirectories(user.resolve(".aws"));
    Files.writeString(
        user.resolve(".aws").resolve("credentials"),
        "[moto]\naws_access_key_id = testing\naws_secret_access_key = testing\n");
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Themes.apply(false);
    open();
    stage.show();
  }

  private void open() {
    workbench = new Workbench(home, AwsConfigLocations.resolve(Map.of(), user), noFiles());
    Scene scene = new Scene(workbench.root(), 1280, 860);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void eachChosenClusterScopesEveryScreenAndARestartBringsBackTheLastChoice(FxRobot robot)
      throws Exception {
    waitFor(robot, () -> row("alpha").isPresent() && row("beta").isPresent());
    assertThat(workbench.shell().sectionProperty().get()).isEqualTo(Section.CLUSTERS);
    robot.interact(
        () ->
            workbench
                .clustersScreen()
                .addSource("moto", "eu-west-1", MOTO.endpoint().toString())
                .ifPresent(problem -> assertThat(problem).isEmpty()));
    waitFor(robot, () -> row("shop").isPresent());
    ClusterRow shop = row("shop").orElseThrow();
    assertThat(shop.builtByEksdesk()).isFalse();
    assertThat(shop.account()).isEqualTo(MotoServer.ACCOUNT_ID);
    assertThat(row("alpha").orElseThrow().builtByEksdesk()).isTrue();
    assertThat(row("alpha").orElseThrow().lastRun()).isEqualTo("done");

    choose(robot, "alpha");
    everyScreenShows(robot, "alpha", true);
    choose(robot, "beta");
    everyScreenShows(robot, "beta", true);

    select(robot, "shop");
    assertThat(robot.lookup("#cluster-edit").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#cluster-destroy").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#cluster-action-reason").queryAs(Label.class).getText())
        .isEqualTo(ScreenClusterDirectory.NOT_BUILT_HERE);
    choose(robot, "shop");
    everyScreenShows(robot, "shop", false);

    choose(robot, "beta");
    everyScreenShows(robot, "beta", true);
    select(robot, "beta");
    assertThat(robot.lookup("#cluster-destroy").queryAs(Button.class).isDisabled()).isFalse();
    robot.clickOn("#cluster-edit");
    waitFor(
        robot,
        () ->
            robot.lookup("#wizard-title").queryAs(Label.class).getText().equals("Edit beta")
                && workbench.shell().sectionProperty().get() == Section.SETUP);

    robot.interact(
        () -> {
          workbench.close();
          open();
        });
    waitFor(robot, () -> workbench.clustersScreen().chosenProperty().get() != null);
    assertThat(workbench.clustersScreen().chosenProperty().get().name()).isEqualTo("beta");
    robot.clickOn("#nav-clusters");
    everyScreenShows(robot, "beta", true);
  }

  /**
   * @param live whether its Kubernetes answers (the Sandbox's), or only its AWS side (the foreign
   *     cluster on moto)
   */
  private void everyScreenShows(FxRobot robot, String name, boolean live) throws Exception {
    waitFor(robot, () -> statusBar(robot).contains("Cluster " + name + " · account"));
    assertThat(WorkbenchOnScreen.onFx(() -> workbench.shell().windowTitleProperty().get()))
        .startsWith("Eksdesk — " + name + " · account");
    robot.clickOn("#nav-topology");
    waitFor(robot, () -> workbench.topology().current().cluster().equals(name));
    robot.clickOn("#nav-nodes_pods");
    if (live) {
      waitFor(
          robot,
          () ->
              workbench.nodesPods().cluster().map(c -> c.name().equals(name)).orElse(false)
                  && !workbench.nodesPods().nodes().isEmpty());
    } else {
      // moto's EKS endpoint is not a Kubernetes API server: the cluster is reached, its API is not
      waitFor(
          robot,
          () ->
              workbench.nodesPods().cluster().map(c -> c.name().equals(name)).orElse(false)
                  && workbench.nodesPods().problemProperty().get().contains(name));
    }
    robot.clickOn("#nav-dashboards");
    waitFor(robot, () -> workbench.dashboards().titleProperty().get().startsWith(name + " · "));
    robot.clickOn("#nav-clusters");
  }

  private void choose(FxRobot robot, String name) throws Exception {
    select(robot, name);
    // Show acts on the selected row: the click that selects it may land while a background
    // refresh redraws the table, so the selection is checked (and made again) first
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> {
          if (selectedName(robot).equals(name)) {
            return true;
          }
          select(robot, name);
          return false;
        });
    WaitForAsyncUtils.waitForFxEvents(); // the layout that follows the selection, then the click
    robot.clickOn("#cluster-show");
  }

  private String selectedName(FxRobot robot) throws Exception {
    return WorkbenchOnScreen.onFx(
        () -> {
          ClusterRow row =
              robot
                  .lookup("#cluster-table")
                  .<javafx.scene.control.TableView<ClusterRow>>query()
                  .getSelectionModel()
                  .getSelectedItem();
          return row == null ? "" : row.name();
        });
  }

  private void select(FxRobot robot, String name) {
    Node cell = robot.lookup("#cluster-table").lookup(LabeledMatchers.hasText(name)).query();
    robot.clickOn(cell);
  }

  private String statusBar(FxRobot robot) {
    return robot.lookup("#status-cluster").queryAs(Label.class).getText();
  }

  private Optional<ClusterRow> row(String name) throws Exception {
    return WorkbenchOnScreen.onFx(
        () ->
            workbench.clustersScreen().rows().stream()
                .filter(r -> r.name().equals(name))
                .findFirst());
  }

  private void waitFor(FxRobot robot, Callable<Boolean> condition) throws Exception {
    try {
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WorkbenchOnScreen.onFx(condition));
    } catch (TimeoutException e) {
      throw new AssertionError(whatTheScreenShows(robot), e);
    }
  }

  /** Read off the FX thread, which may be the one that is stuck. */
  private String whatTheScreenShows(FxRobot robot) {
    StringBuilder said = new StringBuilder();
    said.append("status bar: ").append(statusBar(robot));
    said.append("\nchosen: ").append(workbench.clustersScreen().chosenProperty().get());
    said.append("\nrows: ").append(workbench.clustersScreen().rows());
    Thread.getAllStackTraces()
        .forEach(
            (thread, stack) -> {
              if (thread.getName().equals("JavaFX Application Thread")
                  || thread.getName().startsWith("eksdesk-cluster-scope")) {
                said.append("\n").append(thread.getName()).append(" ").append(thread.getState());
                for (StackTraceElement frame : stack) {
                  said.append("\n  at ").append(frame);
                }
              }
            });
    return said.toString();
  }

  private static void build(String name) throws Exception {
    Path spec = home.resolve(name + ".yaml");
    SpecYaml.save(DefaultSpecs.forName(name), spec);
    StringWriter out = new StringWriter();
    CommandLine root = new CommandLine(new Root());
    EngineCommands.register(
        root,
        new EngineCommandContext(
            home, InstanceCatalog.bundled(), EngineCommandContext.SANDBOX_OPERATOR));
    root.setOut(new PrintWriter(out, true));
    root.setErr(new PrintWriter(out, true));
    int code = root.execute("apply", spec.toString(), "--sandbox", "--speed", "1000");
    assertThat(code).as(out.toString()).isZero();
  }

  private static SpecFilePicker noFiles() {
    return new SpecFilePicker() {
      @Override
      public Optional<Path> fileToLoad(Window owner) {
        return Optional.empty();
      }

      @Override
      public Optional<Path> fileToSave(Window owner, String suggestedName) {
        return Optional.empty();
      }
    };
  }

  @CommandLine.Command(name = "eksdesk")
  static final class Root {}
}
