package dev.eksdesk.ui.tour;

import dev.eksdesk.ui.fx.WholeText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * What a screen must not show: controls cut to "…", content clipped by the window, and text a
 * reader cannot make out.
 */
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

  /** A screen that needs more room than the window gives it is clipped at the window's edge. */
  static List<String> overflow(Parent root, double width, double height) {
    List<String> clipped = new ArrayList<>();
    double minWidth = root.minWidth(-1);
    double minHeight = root.minHeight(minWidth);
    if (minWidth > width + 0.5 || minHeight > height + 0.5) {
      clipped.add(
          String.format(
              "needs %.0fx%.0f, clipped by the %.0fx%.0f window",
              minWidth, minHeight, width, height));
    }
    return clipped;
  }

  /**
   * Text whose colour against its background is below 4.5:1. The background is every colour that
   * covers at least a fifth of the text's box in the snapshot and is not the text's own colour
   * (text over a half-filled bar is checked against both halves); a box of many colours falls back
   * to the pixel just left of it.
   */
  static List<String> lowContrast(Parent root, Image snapshot) {
    List<String> low = new ArrayList<>();
    List<Bounds> scrollBars = new ArrayList<>();
    visit(
        root,
        node -> {
          if (node instanceof ScrollBar bar) {
            scrollBars.add(bar.localToScene(bar.getBoundsInLocal()));
          }
        });
    visit(
        root,
        node -> {
          if (node instanceof Text text
              && !text.getText().isBlank()
              && !underAny(text, scrollBars)
              && text.getFill() instanceof Color fill
              && fill.getOpacity() > 0.5) {
            Bounds b = text.localToScene(text.getBoundsInLocal());
            for (Color background : backgrounds(snapshot, b, fill)) {
              if (ratio(fill, background) < AA) {
                low.add(
                    String.format(
                        "\"%s\" %s on %s: %.2f:1",
                        text.getText().strip(), fill, background, ratio(fill, background)));
              }
            }
          }
        });
    return low;
  }

  /** A row half under a table's scroll bar is covered, not badly coloured. */
  private static boolean underAny(Text text, List<Bounds> covers) {
    Bounds b = text.localToScene(text.getBoundsInLocal());
    return covers.stream().anyMatch(b::intersects);
  }

  private static List<Color> backgrounds(Image image, Bounds b, Color fill) {
    int minX = Math.max(0, (int) Math.floor(b.getMinX()));
    int minY = Math.max(0, (int) Math.floor(b.getMinY()));
    int maxX = Math.min((int) image.getWidth(), (int) Math.ceil(b.getMaxX()));
    int maxY = Math.min((int) image.getHeight(), (int) Math.ceil(b.getMaxY()));
    Map<Integer, Integer> counts = new HashMap<>();
    for (int x = minX; x < maxX; x++) {
      for (int y = minY; y < maxY; y++) {
        counts.merge(image.getPixelReader().getArgb(x, y), 1, Integer::sum);
      }
    }
    int pixels = Math.max(1, (maxX - minX) * (maxY - minY));
    List<Color> dominant =
        counts.entrySet().stream()
            .filter(e -> e.getValue() * 5 >= pixels)
            .map(e -> argb(e.getKey()))
            .filter(c -> ratio(c, fill) > 1.2)
            .toList();
    if (!dominant.isEmpty()) {
      return dominant;
    }
    Color beside = backgroundBeside(image, b);
    return beside == null ? List.of() : List.of(beside);
  }

  private static Color argb(int argb) {
    return Color.rgb(
        (argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
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
