package dev.eksdesk.app;

import dev.eksdesk.engine.journal.EksdeskHome;
import dev.eksdesk.ui.fx.Themes;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The desktop application: the workbench in a window that remembers its size and theme. The window
 * comes up first, empty in the theme's colours, and the workbench (services, catalog, screens) is
 * built once it has been drawn: the window appears about as soon as a bare JavaFX window would
 * (docs/PERFORMANCE.md, "Cold start").
 */
public final class EksdeskApp extends Application {
  /** The id of the window's content until the workbench replaces it. */
  public static final String STARTING_ROOT_ID = "eksdesk-starting";

  private final WindowState windowState = WindowState.userDefault();
  private Workbench workbench;

  @Override
  public void start(Stage stage) {
    Themes.apply(windowState.darkTheme());
    StackPane starting = new StackPane();
    starting.setId(STARTING_ROOT_ID);
    Scene scene = new Scene(starting, windowState.width(), windowState.height());
    Themes.addAppStylesheet(scene);
    stage.setTitle("Eksdesk");
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
          if (workbench != null
              && workbench.runs().runningProperty().get()
              && !ConfirmClose.whileRunning(stage)) {
            e.consume();
            return;
          }
          windowState.rememberOnClose(stage);
        });
    stage.show();
    afterFirstFrame(() -> showWorkbench(stage, scene));
  }

  private void showWorkbench(Stage stage, Scene scene) {
    if (!stage.isShowing()) {
      return; // closed before it was built
    }
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
    stage.titleProperty().bind(shell.windowTitleProperty());
    scene.setRoot(workbench.root());
  }

  /** Runs {@code work} on the FX thread once the window has been drawn (its first pulse ended). */
  private static void afterFirstFrame(Runnable work) {
    new AnimationTimer() {
      private boolean drawn;

      @Override
      public void handle(long now) {
        if (drawn) {
          stop();
          work.run();
        }
        drawn = true; // this pulse draws the window; the next one starts after it
      }
    }.start();
  }

  @Override
  public void stop() {
    if (workbench != null) {
      workbench.close();
    }
  }
}
