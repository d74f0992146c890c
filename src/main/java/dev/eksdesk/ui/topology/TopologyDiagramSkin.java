package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.PodInfo;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.topology.TopologyLayout;
import dev.eksdesk.topology.TopologyLayouter;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Draws the diagram as element tiles (scene graph, so CSS styles each one and text stays sharp at
 * any zoom; zoom and pan only change two transforms) under a viewport-sized canvas for the pod
 * marks (thousands of them: painted, not nodes, and only the visible ones). Changes only mark what
 * is stale; the work happens in {@link #layoutChildren}, so there is at most one redraw per pulse.
 */
final class TopologyDiagramSkin extends SkinBase<TopologyDiagram> {
  private static final double DRAG_THRESHOLD = 4;

  /**
   * Unmanaged, so a pan or zoom re-lays out (redraws) only the viewport, not the window around it.
   */
  private final Pane viewport =
      new Pane() {
        @Override
        protected void layoutChildren() {
          draw(getWidth(), getHeight());
        }
      };

  private final TileLayer tiles = new TileLayer();
  private final Canvas pods = new Canvas();
  private final Scale zoom = new Scale();
  private final Translate pan = new Translate();
  private boolean layoutStale = true;
  private boolean podsStale = true;
  private double pressX;
  private double pressY;
  private boolean dragged;

  TopologyDiagramSkin(TopologyDiagram diagram) {
    super(diagram);
    tiles.getTransforms().setAll(pan, zoom);
    pods.setMouseTransparent(true);
    viewport.getStyleClass().add("viewport");
    viewport.setManaged(false);
    viewport.getChildren().setAll(tiles, pods);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(viewport.widthProperty());
    clip.heightProperty().bind(viewport.heightProperty());
    viewport.setClip(clip);
    getChildren().setAll(viewport);

    zoom.xProperty().bind(diagram.scaleProperty());
    zoom.yProperty().bind(diagram.scaleProperty());
    pan.xProperty().bind(diagram.offsetXProperty());
    pan.yProperty().bind(diagram.offsetYProperty());
    registerInvalidationListener(diagram.topologyProperty(), this::topologyChanged);
    registerInvalidationListener(diagram.scaleProperty(), this::viewChanged);
    registerInvalidationListener(diagram.offsetXProperty(), this::viewChanged);
    registerInvalidationListener(diagram.offsetYProperty(), this::viewChanged);
    registerChangeListener(diagram.selectionProperty(), o -> tiles.select(selectedElementId()));

    viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
  }

  private void topologyChanged(Observable o) {
    layoutStale = true;
    viewport.requestLayout();
  }

  private void viewChanged(Observable o) {
    podsStale = true;
    viewport.requestLayout();
  }

  @Override
  protected void layoutChildren(double x, double y, double width, double height) {
    viewport.resizeRelocate(x, y, width, height);
  }

  /** Brings what is stale up to date; runs in the layout pass, so at most once per pulse. */
  private void draw(double width, double height) {
    TopologyDiagram diagram = getSkinnable();
    if (pods.getWidth() != width || pods.getHeight() != height) {
      pods.setWidth(width);
      pods.setHeight(height);
      podsStale = true;
    }
    Topology topology = diagram.getTopology();
    if (layoutStale && topology != null) {
      layoutStale = false;
      TopologyLayout layout = TopologyLayouter.layout(topology);
      diagram.setDiagramLayout(layout);
      tiles.show(topology, layout);
      tiles.select(selectedElementId());
      podsStale = true;
    }
    if (diagram.isFollowingFit()) {
      diagram.applyFit();
    }
    if (podsStale && topology != null && diagram.getDiagramLayout() != null) {
      podsStale = false;
      PodPainter.paint(
          pods.getGraphicsContext2D(),
          topology,
          diagram.getDiagramLayout(),
          diagram.podPalette(),
          new PodPainter.Viewport(
              width,
              height,
              diagram.getScale(),
              diagram.offsetXProperty().get(),
              diagram.offsetYProperty().get()));
    }
  }

  private String selectedElementId() {
    Selection selection = getSkinnable().selectionProperty().get();
    if (selection instanceof Selection.OfElement element) {
      return element.elementId();
    }
    return selection instanceof Selection.OfPod pod ? pod.nodeElementId() : null;
  }

  private void pressed(MouseEvent event) {
    pressX = event.getX();
    pressY = event.getY();
    dragged = false;
    getSkinnable().requestFocus();
  }

  private void dragged(MouseEvent event) {
    double dx = event.getX() - pressX;
    double dy = event.getY() - pressY;
    if (dragged || Math.hypot(dx, dy) > DRAG_THRESHOLD) {
      dragged = true;
      getSkinnable().panBy(dx, dy);
      pressX = event.getX();
      pressY = event.getY();
    }
  }

  private void released(MouseEvent event) {
    if (!dragged && event.getButton() == MouseButton.PRIMARY) {
      select(event.getX(), event.getY());
    }
  }

  private void scrolled(ScrollEvent event) {
    if (event.getDeltaY() != 0) {
      getSkinnable().zoomAt(Math.pow(1.0015, event.getDeltaY()), event.getX(), event.getY());
      event.consume();
    }
  }

  /** Hit-tests the layout: a pod mark first, else the innermost element, else nothing. */
  private void select(double screenX, double screenY) {
    TopologyDiagram diagram = getSkinnable();
    TopologyLayout layout = diagram.getDiagramLayout();
    if (layout == null) {
      return;
    }
    double worldX = (screenX - diagram.offsetXProperty().get()) / diagram.getScale();
    double worldY = (screenY - diagram.offsetYProperty().get()) / diagram.getScale();
    Optional<Selection> pod =
        layout
            .podAt(worldX, worldY)
            .flatMap(
                slot -> {
                  List<PodInfo> onNode = diagram.getTopology().podsOn(slot.nodeElementId());
                  return slot.slot() < onNode.size()
                      ? Optional.of(
                          new Selection.OfPod(slot.nodeElementId(), onNode.get(slot.slot()).key()))
                      : Optional.empty();
                });
    diagram
        .selectionProperty()
        .set(
            pod.orElseGet(
                () -> layout.elementAt(worldX, worldY).map(Selection.OfElement::new).orElse(null)));
  }
}
