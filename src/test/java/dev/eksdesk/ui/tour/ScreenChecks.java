package dev.eksdesk.ui.tour;

import dev.eksdesk.ui.fx.WholeText;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/** What a screen must not show: controls cut to "…", and text a reader cannot make out. */
final class ScreenChecks {
  private static final double AA = 4.5;

  private ScreenChecks() {}

  /**
   * Buttons and labels shown with an ellipsis; table cells and headers may be cut (their tooltip
   * shows the whole value).
   */
  static List<String> cutControls(Parent root) {
    List<String> cut = new ArrayList<>();
    visit(
        root,
        node -> {
          if (node instanceof Labeled labeled
              && (labeled instanceof ButtonBase || labeled instanceof Label)
              && !(labeled instanceof IndexedCell<?>)
              && !insideHeader(labeled)
              && WholeText.isCut(labeled)) {
            cut.add(labeled.getClass().getSimpleName() + " \"" + labeled.getText() + "\" is cut");
          }
        });
    return cut;
  }

  /**
   * Text whose colour against the pixels around it is below 4.5:1: the background is the snapshot's
   * colour just left of the text's bounds (or its brightest/darkest neighbour).
   */
  static List<String> lowContrast(Parent root, Image snapshot) {
    List<String> low = new ArrayList<>();
    visit(
        root,
        node -> {
          if (node instanceof Text text
              && !text.getText().isBlank()
              && text.getFill() instanceof Color fill
              && fill.getOpacity() > 0.5) {
            Bounds b = text.localToScene(text.getBoundsInLocal());
            Color background = backgroundBeside(snapshot, b);
            if (background != null && ratio(fill, background) < AA) {
              low.add(
                  String.format(
                      "\"%s\" %s on %s: %.2f:1",
                      text.getText().strip(), fill, background, ratio(fill, background)));
            }
          }
        });
    return low;
  }

  private static Color backgroundBeside(Image image, Bounds b) {
    int x = (int) Math.floor(b.getMinX()) - 2;
    int y = (int) Math.round(b.getCenterY());
    if (x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight()) {
      return null;
    }
    return image.getPixelReader().getColor(x, y);
  }

  static double ratio(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  private static double linear(double channel) {
    return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
  }

  private static boolean insideHeader(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n instanceof TableColumnHeader) {
        return true;
      }
    }
    return false;
  }

  private static void visit(Node node, java.util.function.Consumer<Node> action) {
    if (!node.isVisible()) {
      return;
    }
    action.accept(node);
    if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> visit(child, action));
    }
  }
}
