package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.Box;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.topology.TopologyLayout;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Transform;

/**
 * The whole diagram as an image, at any zoom the screen happens to show: the same tiles and pod
 * painter as the screen, in an off-screen scene of the diagram's full size.
 */
final class DiagramPicture {
  /** Sharp text on high-density screens, but no image larger than this on its long side. */
  private static final double MAX_PIXELS = 8000;

  private DiagramPicture() {}

  /** Must run on the FX thread. */
  static WritableImage render(
      Topology topology, TopologyLayout layout, PodPalette palette, Iterable<String> stylesheets) {
    Box bounds = layout.bounds();
    TileLayer tiles = new TileLayer();
    tiles.show(topology, layout);
    Canvas pods = new Canvas(bounds.width(), bounds.height());
    PodPainter.paint(
        pods.getGraphicsContext2D(),
        topology,
        layout,
        palette,
        new PodPainter.Viewport(bounds.width(), bounds.height(), 1, 0, 0));
    Pane root = new Pane(tiles, pods);
    root.getStyleClass().add("topology-picture");
    Scene scene = new Scene(root, bounds.width(), bounds.height());
    scene.getStylesheets().add(TopologyDiagram.class.getResource("topology.css").toExternalForm());
    stylesheets.forEach(scene.getStylesheets()::add);
    root.applyCss();
    root.layout();
    double pixelScale = Math.min(2, MAX_PIXELS / Math.max(bounds.width(), bounds.height()));
    SnapshotParameters parameters = new SnapshotParameters();
    parameters.setTransform(Transform.scale(pixelScale, pixelScale));
    return root.snapshot(parameters, null);
  }
}
