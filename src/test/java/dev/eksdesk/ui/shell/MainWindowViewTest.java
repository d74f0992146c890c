package dev.eksdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class MainWindowViewTest {
  private final List<Path> opened = new CopyOnWriteArrayList<>();
  private final MainWindowViewModel viewModel =
      new MainWindowViewModel(
          AccountStatus.sandbox("eu-central-1"), Path.of("/data/eksdesk/logs"), opened::add);

  @Start
  void start(Stage stage) {
    Themes.apply(false);
    Scene scene =
        new Scene(
            Fxml.load(
                new MainWindowView(viewModel, section -> new Label(section.title() + " screen"))),
            1000,
            700);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void startsOnSetupWithTheSandboxAccountInTheStatusBar(FxRobot robot) {
    assertThat(viewModel.sectionProperty().get()).isEqualTo(Section.SETUP);
    assertThat(robot.lookup("#status-account").queryAs(Label.class).getText()).contains("Sandbox");
    assertThat(robot.lookup("#status-region").queryAs(Label.class).getText())
        .isEqualTo("eu-central-1");
  }

  @Test
  void navigationShowsTheChosenScreen(FxRobot robot) {
    robot.clickOn("#nav-dashboards");
    assertThat(viewModel.sectionProperty().get()).isEqualTo(Section.DASHBOARDS);
    assertThat(robot.lookup("Dashboards screen").tryQuery()).isPresent();
  }

  @Test
  void theThemeToggleFlipsTheViewModel(FxRobot robot) {
    robot.clickOn("#theme-toggle");
    assertThat(viewModel.darkThemeProperty().get()).isTrue();
  }

  @Test
  void theStatusBarOpensTheLogFolder(FxRobot robot) {
    robot.clickOn("#open-log-folder");

    assertThat(opened).containsExactly(Path.of("/data/eksdesk/logs"));
  }
}
