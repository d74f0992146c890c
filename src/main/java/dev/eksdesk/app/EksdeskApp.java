package dev.eksdesk.app;

import dev.eksdesk.engine.journal.EksdeskHome;
import dev.eksdesk.ui.fx.Themes;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop application: the workbench in a window that remembers its size and theme. */
public final class EksdeskApp extends Application {
  private final WindowState windowState = WindowState.userDefault();
  private Workbench workbench;

  @Override
  public void start(Stage stage) {
    Themes.apply(windowState.darkTheme());
    workbench = new Workbench(EksdeskHome.resolve());
    var shell = workbench.shell();
    shell.darkThemeProperty().set(windowState.darkTheme());
    shell
        .darkThemeProperty()
        .addListener(
            (obs, old, dark) -> {
              Themes.apply(dark);
              windowState.rememberTheme(dark);
            });
    Scene scene = new Scene(workbench.root(), windowState.width(), windowState.height());
    Themes.addAppStylesheet(scene);
    stage.titleProperty().bind(shell.windowTitleProperty());
    for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
      stage
          .getIcons()
          .add(
              new Image(
                  EksdeskApp.class.getResourceAsStream(
                      "/dev/eksdesk/ui/icons/eksdesk-" + size + ".png")));
    }
    stage.setScene(scene);
    windowState.restorePosition(stage);
    stage.setOnCloseRequest(
        e -> {
          if (workbench.runs().runningProperty().get() && !ConfirmClose.whileRunning(stage)) {
            e.consume();
            return;
          }
          windowState.rememberOnClose(stage);
        });
    stage.show();
  }

  @Override
  public void stop() {
    if (workbench != null) {
      workbench.close();
    }
  }
}
