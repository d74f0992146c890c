package dev.eksdesk.app;

import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * Remembers the window's size, position and theme between runs. Java preferences cache in memory
 * and write in their own background thread, so the FX thread never waits on the disk.
 */
final class WindowState {
  private static final double DEFAULT_WIDTH = 1280;
  private static final double DEFAULT_HEIGHT = 820;

  private final Preferences prefs;

  WindowState(Preferences prefs) {
    this.prefs = prefs;
  }

  static WindowState userDefault() {
    return new WindowState(Preferences.userRoot().node("dev/eksdesk/window"));
  }

  double width() {
    return prefs.getDouble("width", DEFAULT_WIDTH);
  }

  double height() {
    return prefs.getDouble("height", DEFAULT_HEIGHT);
  }

  boolean darkTheme() {
    return prefs.getBoolean("dark", false);
  }

  void rememberTheme(boolean dark) {
    prefs.putBoolean("dark", dark);
  }

  void restorePosition(Stage stage) {
    double x = prefs.getDouble("x", Double.NaN);
    double y = prefs.getDouble("y", Double.NaN);
    if (!Double.isNaN(x) && !Double.isNaN(y)) {
      stage.setX(x);
      stage.setY(y);
    }
    stage.setMaximized(prefs.getBoolean("maximized", false));
  }

  void rememberOnClose(Stage stage) {
    prefs.putBoolean("maximized", stage.isMaximized());
    if (!stage.isMaximized()) {
      prefs.putDouble("width", stage.getWidth());
      prefs.putDouble("height", stage.getHeight());
      prefs.putDouble("x", stage.getX());
      prefs.putDouble("y", stage.getY());
    }
  }
}
