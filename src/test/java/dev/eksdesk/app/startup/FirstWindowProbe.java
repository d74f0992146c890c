package dev.eksdesk.app.startup;

import dev.eksdesk.app.EksdeskApp;
import java.lang.reflect.Method;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Starts another main class and, once its first window is showing and has had a frame, prints
 * {@value #MARK} on stdout; once that window shows its screen (Eksdesk's workbench, laid out and
 * styled, in place of the empty content it starts with; a bare window at once), prints {@value
 * #SCREEN_MARK} and ends the JVM (so a class-data archive being recorded is written). Used by
 * {@link ColdStartMeasure}.
 */
public final class FirstWindowProbe {
  static final String MARK = "first-window-shown";
  static final String SCREEN_MARK = "first-screen-shown";

  private FirstWindowProbe() {}

  public static void main(String[] args) throws Exception {
    Window.getWindows()
        .addListener(
            (ListChangeListener<Window>)
                change -> {
                  while (change.next()) {
                    if (change.wasAdded()) {
                      Window window = change.getAddedSubList().get(0);
                      // the next pulse draws the window: report after it
                      Platform.runLater(
                          () -> {
                            System.out.println(MARK);
                            System.out.flush();
                            whenScreenShown(window.getScene());
                          });
                    }
                  }
                });
    Method main = Class.forName(args[0]).getMethod("main", String[].class);
    main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
  }

  private static void whenScreenShown(Scene scene) {
    if (!EksdeskApp.STARTING_ROOT_ID.equals(scene.getRoot().getId())) {
      screenShown();
      return;
    }
    // the pulse after the workbench replaces the empty content styles and lays it out
    scene
        .rootProperty()
        .addListener((obs, old, root) -> scene.addPostLayoutPulseListener(() -> screenShown()));
  }

  private static void screenShown() {
    System.out.println(SCREEN_MARK);
    System.out.flush();
    System.exit(0);
  }
}
