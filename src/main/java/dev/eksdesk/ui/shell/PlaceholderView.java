package dev.eksdesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Says plainly that a screen is not built yet, and what it will do. */
public final class PlaceholderView {
  private PlaceholderView() {}

  public static Node of(Section section) {
    FontIcon icon = new FontIcon(section.iconLiteral());
    icon.getStyleClass().add("placeholder-icon");
    Label title = new Label(section.title());
    title.getStyleClass().add("title-2");
    Label summary = new Label(section.summary());
    summary.getStyleClass().add("text-muted");
    Label notBuilt = new Label("This screen is not built yet.");
    notBuilt.getStyleClass().add("placeholder-note");
    VBox box = new VBox(12, icon, title, summary, notBuilt);
    box.setAlignment(Pos.CENTER);
    box.getStyleClass().add("placeholder");
    return box;
  }
}
