package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.aws.ApiCallCounter;
import dev.eksdesk.cloud.aws.AwsClients;
import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.MotoForeignCluster;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.cloud.aws.S3StateObjects;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.StateLocation;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalState;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.SharedState;
import dev.eksdesk.ui.clusters.ClusterRow;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.wizard.SpecFilePicker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.regions.Region;

/**
 * A cluster whose journal a team shares in moto's S3: the Clusters screen says where its state
 * lives and, while another Eksdesk holds the lock, who holds it (read off the FX thread: the
 * watchdog fails the test otherwise); once released, the lock is gone from the row. A lock left by
 * another Eksdesk is cleared with Unlock…, which asks for the cluster's name: a wrong one clears
 * nothing, the right one clears the lock off the FX thread and the row then shows it unlocked.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class SharedStateOnTheClustersScreenTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private static final String SHARED = "s3://team-state/platform";
  private static final String ALICE = "arn:aws:iam::123456789012:user/alice";

  @TempDir Path home;
  @TempDir Path user;
  @TempDir Path otherDesktop;
  private Workbench workbench;

  @Start
  void start(Stage stage) {
    Themes.apply(false);
    workbench = new Workbench(home, AwsConfigLocations.resolve(Map.of(), user), noFiles());
    Scene scene = new Scene(workbench.root(), 1280, 860);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void theListShowsWhereTheStateLivesAndWhoHoldsItsLock(FxRobot robot) throws Exception {
    try (AwsClients clients =
        new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter())) {
      SharedState asAlice = shopSharedInS3(clients);
      try (ClusterJournal held =
          journals(otherDesktop).sharedThrough(asAlice, "apply").open("shop")) {
        robot.interact(
            () ->
                assertThat(
                        workbench
                            .clustersScreen()
                            .addSource("moto", "eu-west-1", MOTO.endpoint().toString()))
                    .isEmpty());
        waitFor(() -> state("shop").startsWith(SHARED_LOCKED));
        assertThat(state("shop"))
            .matches(
                "state: s3://team-state/platform, locked by "
                    + ALICE
                    + " on alice-laptop since \\S+ \\(apply\\)");
        String shown = state("shop");
        robot.clickOn("#nav-clusters");
        waitFor(
            () ->
                robot
                    .lookup("#cluster-table")
                    .lookup(LabeledMatchers.hasText(shown))
                    .tryQuery()
                    .isPresent());
      }

      robot.interact(() -> workbench.clustersScreen().refresh());
      waitFor(() -> state("shop").equals("state: " + SHARED));
    }
  }

  @Test
  void aLockLeftByAnotherEksdeskIsClearedAfterTheNameIsTyped(FxRobot robot) throws Exception {
    try (AwsClients clients =
        new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter())) {
      SharedState asAlice = shopSharedInS3(clients);
      try (ClusterJournal held =
          journals(otherDesktop).sharedThrough(asAlice, "apply").open("shop")) {
        robot.interact(
            () ->
                assertThat(
                        workbench
                            .clustersScreen()
                            .addSource("moto", "eu-west-1", MOTO.endpoint().toString()))
                    .isEmpty());
        waitFor(() -> state("shop").startsWith(SHARED_LOCKED));
        robot.clickOn("#nav-clusters");
        robot.interact(
            () -> {
              TableView<ClusterRow> table = robot.lookup("#cluster-table").queryTableView();
              table.getItems().stream()
                  .filter(r -> r.name().equals("shop"))
                  .findFirst()
                  .ifPresent(r -> table.getSelectionModel().select(r));
            });
        assertThat(robot.lookup("#cluster-unlock").queryAs(Button.class).isDisabled()).isFalse();

        assertThat(typeInUnlockDialog(robot, "shoe"))
            .startsWith(SHARED_LOCKED + ALICE)
            .contains("most likely still running");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asAlice.holder("shop")).as("a wrong name clears nothing").isPresent();

        typeInUnlockDialog(robot, "shop");
        waitFor(() -> state("shop").equals("state: " + SHARED));
        assertThat(asAlice.holder("shop")).isEmpty();
        waitFor(() -> !workbench.clustersScreen().unlockedProperty().get().isEmpty());
        assertThat(robot.lookup("#cluster-unlocked").queryLabeled().getText())
            .startsWith("unlocked shop (it was locked by " + ALICE);
      }
    }
  }

  /**
   * The moto profile in this user's AWS files; the team's bucket; cluster shop, made by plain SDK
   * calls, kept here with its spec naming the shared state and an empty journal; and Alice, who
   * shares it from another desktop.
   */
  private SharedState shopSharedInS3(AwsClients clients) throws Exception {
    MOTO.reset();
    Files.createDirectories(user.resolve(".aws"));
    Files.writeString(
        user.resolve(".aws").resolve("credentials"),
        "[moto]\naws_access_key_id = testing\naws_secret_access_key = testing\n");
    clients
        .s3()
        .createBucket(
            b ->
                b.bucket("team-state")
                    .createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));
    MotoForeignCluster.build(clients, "shop");
    JournalStore here = journals(home);
    Path spec = here.clusterDirectory("shop").resolve("spec.yaml");
    Files.createDirectories(spec.getParent());
    SpecYaml.save(DefaultSpecs.forName("shop").withState(SHARED), spec);
    Files.writeString(spec, Files.readString(spec).replace(DefaultSpecs.REGION, "eu-west-1"));
    here.copyIn(JournalState.empty("shop", "eu-west-1", Instant.now()));
    return new SharedState(
        new S3StateObjects(clients.s3()),
        StateLocation.parse(SHARED),
        ALICE,
        "alice-laptop",
        Clock.systemUTC());
  }

  /**
   * Clicks Unlock…, types into its dialog and presses OK (set through the dialog's own controls: a
   * headless dialog window does not reliably take the keyboard's focus).
   *
   * @return what the dialog said above the field
   */
  private static String typeInUnlockDialog(FxRobot robot, String typed) throws Exception {
    robot.clickOn("#cluster-unlock");
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    String header =
        WorkbenchOnScreen.onFx(
            () -> {
              DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
              ((TextField) pane.lookup(".text-field")).setText(typed);
              ((Button) pane.lookupButton(ButtonType.OK)).fire();
              return pane.getHeaderText();
            });
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    return header;
  }

  private static final String SHARED_LOCKED = "state: " + SHARED + ", locked by ";

  private static JournalStore journals(Path home) {
    return JournalStore.perRegion(
        home.resolve("aws").resolve(MotoServer.ACCOUNT_ID), "eu-west-1", Clock.systemUTC());
  }

  private String state(String name) throws Exception {
    return WorkbenchOnScreen.onFx(
        () ->
            workbench.clustersScreen().rows().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .map(ClusterRow::state)
                .orElse(""));
  }

  /** Fails with what the screen shows when the condition never holds. */
  private void waitFor(Callable<Boolean> condition) throws Exception {
    try {
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WorkbenchOnScreen.onFx(condition));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "the screen shows: "
              + WorkbenchOnScreen.onFx(
                  () ->
                      workbench.clustersScreen().rows()
                          + " / "
                          + workbench.clustersScreen().unlockedProperty().get()),
          e);
    }
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
}
