package dev.eksdesk.app.startup;

import java.lang.reflect.Method;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;

/**
 * Starts another main class and, once its first window is showing and has had a frame, prints
 * {@value #MARK} on stdout and ends the JVM (so a class-data archive being recorded is written).
 * Used by {@link ColdStartMeasure}.
 */
public final class FirstWindowProbe {
  static final String MARK = "first-window-shown";

  private FirstWindowProbe() {}

  public static void main(String[] args) throws Exception {
    Window.getWindows()
        .addListener(
            (ListChangeListener<Window>)
                change -> {
                  while (change.next()) {
                    if (change.wasAdded()) {
                      // the next pulse draws the window: report after it
                      Platform.runLater(
                          () -> {
                            System.out.println(MARK);
                            System.out.flush();
                            System.exit(0);
                          });
                    }
                  }
                });
    Method main = Class.forName(args[0]).getMethod("main", String[].class);
    main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
  }
}
