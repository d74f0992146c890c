package dev.eksdesk.ui.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Clusters table while background refreshes replace an account's rows: what the user selected
 * stays selected, so Show acts on it.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class ClustersViewTest {
  private static final ClusterSource DEV = new ClusterSource("dev", "eu-west-1", "");
  private static final String NOT_BUILT_HERE =
      "Eksdesk did not build this cluster (eksctl, Terraform or the console did): Edit and Destroy"
          + " need the spec and journal Eksdesk keeps of the clusters it builds.";

  private final AtomicInteger reads = new AtomicInteger();
  private final List<ChosenCluster> shown = new CopyOnWriteArrayList<>();
  private ClustersViewModel model;

  @Start
  void start(Stage stage) {
    Themes.apply(false);
    model =
        new ClustersViewModel(
            new GrowingClusters(),
            new ShownClusters(),
            new UiExecutors(Runnable::run, Platform::runLater),
            Clock.systemUTC());
    Scene scene = new Scene(Fxml.load(new ClustersView(model)), 1024, 700);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
    model.start();
  }

  @Test
  void aRefreshThatReplacesTheSelectedRowKeepsItSelectedAndShowActsOnIt(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(model.rows()).extracting(ClusterRow::name).containsExactly("alpha", "beta", "shop");
    select(robot, "beta");

    int before = reads.get();
    robot.interact(model::refresh); // every row of both accounts is new: their node counts grew
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(reads.get()).isGreaterThan(before);
    assertThat(model.rows()).allSatisfy(row -> assertThat(row.nodes()).isGreaterThan(1));

    assertThat(selectedName(robot)).isEqualTo("beta");
    robot.clickOn("#cluster-show");
    assertThat(shown).extracting(ChosenCluster::name).containsExactly("beta");
  }

  @Test
  void theReasonEditIsOffForAForeignClusterNeverMovesTheButtons(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    select(robot, "beta");
    Bounds before = showButtonOnScreen(robot);
    assertThat(robot.lookup("#cluster-action-reason").queryAs(Label.class).isVisible()).isFalse();

    select(robot, "shop");

    Label reason = robot.lookup("#cluster-action-reason").queryAs(Label.class);
    assertThat(reason.isVisible()).isTrue();
    assertThat(reason.getText()).isEqualTo(NOT_BUILT_HERE);
    assertThat(reason.getHeight()).as("the long reason wraps").isGreaterThan(30);
    assertThat(showButtonOnScreen(robot)).isEqualTo(before);
    select(robot, "beta");
    assertThat(showButtonOnScreen(robot)).isEqualTo(before);
  }

  private static void select(FxRobot robot, String name) {
    javafx.scene.Node cell =
        robot.lookup("#cluster-table").lookup(LabeledMatchers.hasText(name)).query();
    robot.clickOn(cell);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(selectedName(robot)).isEqualTo(name);
  }

  private static Bounds showButtonOnScreen(FxRobot robot) {
    javafx.scene.Node show = robot.lookup("#cluster-show").query();
    return show.localToScreen(show.getBoundsInLocal());
  }

  private static String selectedName(FxRobot robot) {
    TableView<ClusterRow> table = robot.lookup("#cluster-table").query();
    ClusterRow row = table.getSelectionModel().getSelectedItem();
    return row == null ? "" : row.name();
  }

  /** Two Sandbox clusters and one in a profile; each read finds one node more on each. */
  private final class GrowingClusters implements ClusterDirectory {
    @Override
    public List<ClusterRow> list(ClusterSource source) {
      int nodes = reads.incrementAndGet();
      return source.isSandbox()
          ? List.of(row(source, "alpha", nodes), row(source, "beta", nodes))
          : List.of(row(source, "shop", nodes));
    }

    private ClusterRow row(ClusterSource source, String name, int nodes) {
      return new ClusterRow(
          source,
          name,
          source.isSandbox() ? "sandbox" : "111122223333",
          "eu-west-1",
          "1.31",
          "active",
          source.isSandbox(),
          nodes,
          null,
          "",
          null,
          "",
          StateLock.NONE,
          source.isSandbox() ? "" : NOT_BUILT_HERE,
          "");
    }

    @Override
    public String unlock(ClusterRow cluster) {
      return "";
    }

    @Override
    public Remembered load() {
      return new Remembered(List.of(DEV), null);
    }

    @Override
    public void save(Remembered remembered) {}
  }

  private final class ShownClusters implements ClusterActions {
    @Override
    public void show(ChosenCluster cluster) {
      shown.add(cluster);
    }

    @Override
    public void edit(ClusterRow cluster) {}

    @Override
    public void destroy(ClusterRow cluster) {}
  }
}
