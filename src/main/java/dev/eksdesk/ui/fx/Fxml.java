package dev.eksdesk.ui.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code XxxView.fxml} that sits beside {@code XxxView} in the same package, with a
 * controller the composition root already built (constructor injection, no reflection magic).
 */
public final class Fxml {
  private Fxml() {}

  public static Parent load(Object controller) {
    Class<?> type = controller.getClass();
    URL location = type.getResource(type.getSimpleName() + ".fxml");
    if (location == null) {
      throw new IllegalStateException(
          "no " + type.getSimpleName() + ".fxml beside " + type.getName());
    }
    FXMLLoader loader = new FXMLLoader(location);
    loader.setController(controller);
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("could not load " + location, e);
    }
  }
}
