package dev.eksdesk.ui.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX's Primer themes as the base, Eksdesk's own stylesheet on top. */
public final class Themes {
  private static final String APP_STYLESHEET = "/dev/eksdesk/ui/theme/eksdesk.css";

  private Themes() {}

  public static void apply(boolean dark) {
    Application.setUserAgentStylesheet(
        dark
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  public static void addAppStylesheet(Scene scene) {
    scene.getStylesheets().add(Themes.class.getResource(APP_STYLESHEET).toExternalForm());
  }
}
