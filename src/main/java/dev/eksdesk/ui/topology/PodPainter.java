package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.Box;
import dev.eksdesk.topology.PodGrid;
import dev.eksdesk.topology.PodInfo;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.topology.TopologyLayout;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Paints pod marks on a canvas: one filled square per pod slot, only for nodes inside the visible
 * part. Thousands of marks as scene-graph nodes would cost CSS and layout passes; on a canvas they
 * cost one fillRect each.
 */
final class PodPainter {
  private PodPainter() {}

  /**
   * @param view where the canvas looks: world = (screen - offset) / scale
   */
  static void paint(
      GraphicsContext gc,
      Topology topology,
      TopologyLayout layout,
      PodPalette palette,
      Viewport view) {
    gc.setTransform(1, 0, 0, 1, 0, 0);
    gc.clearRect(0, 0, view.width(), view.height());
    gc.setTransform(view.scale(), 0, 0, view.scale(), view.offsetX(), view.offsetY());
    double minX = -view.offsetX() / view.scale();
    double minY = -view.offsetY() / view.scale();
    double maxX = minX + view.width() / view.scale();
    double maxY = minY + view.height() / view.scale();
    for (Map.Entry<String, PodGrid> entry : layout.podGrids().entrySet()) {
      PodGrid grid = entry.getValue();
      Box bounds = grid.bounds();
      if (bounds.intersects(minX, minY, maxX, maxY)) {
        paintGrid(gc, grid, topology.podsOn(entry.getKey()), palette);
      }
    }
    gc.setTransform(1, 0, 0, 1, 0, 0);
  }

  private static void paintGrid(
      GraphicsContext gc, PodGrid grid, List<PodInfo> pods, PodPalette palette) {
    Color last = null;
    double size = grid.markSize();
    for (int i = 0; i < grid.slots(); i++) {
      Color color = i < pods.size() ? palette.of(pods.get(i).status()) : palette.emptySlot();
      if (color != last) {
        gc.setFill(color);
        last = color;
      }
      gc.fillRect(grid.markX(i), grid.markY(i), size, size);
    }
  }

  /** A canvas-sized window onto the diagram. */
  record Viewport(double width, double height, double scale, double offsetX, double offsetY) {}
}
