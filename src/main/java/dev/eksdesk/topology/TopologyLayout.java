package dev.eksdesk.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything goes: a box per placed element (in drawing order, containers first) and a pod
 * grid per node. Pure data; the screen, the PNG and the SVG all draw from it.
 */
public final class TopologyLayout {
  private final Map<String, Box> boxes;
  private final Map<String, PodGrid> podGrids;
  private final List<String> drawingOrder;
  private final Box bounds;

  TopologyLayout(Map<String, Box> boxes, Map<String, PodGrid> podGrids, Box bounds) {
    this.boxes = Collections.unmodifiableMap(boxes);
    this.podGrids = Collections.unmodifiableMap(podGrids);
    this.drawingOrder = List.copyOf(boxes.keySet());
    this.bounds = bounds;
  }

  /** Element ids with a box, containers before what they contain, edge gateways last. */
  public List<String> drawingOrder() {
    return drawingOrder;
  }

  public Optional<Box> box(String elementId) {
    return Optional.ofNullable(boxes.get(elementId));
  }

  public Map<String, PodGrid> podGrids() {
    return podGrids;
  }

  public Box bounds() {
    return bounds;
  }

  /** The topmost (innermost) element under a point. */
  public Optional<String> elementAt(double x, double y) {
    for (int i = drawingOrder.size() - 1; i >= 0; i--) {
      String id = drawingOrder.get(i);
      if (boxes.get(id).contains(x, y)) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /** The pod mark under a point: its node's element id and its slot. */
  public Optional<PodSlot> podAt(double x, double y) {
    for (Map.Entry<String, PodGrid> grid : podGrids.entrySet()) {
      int slot = grid.getValue().slotAt(x, y);
      if (slot >= 0) {
        return Optional.of(new PodSlot(grid.getKey(), slot));
      }
    }
    return Optional.empty();
  }

  /** Ids whose boxes meet a rectangle: what a viewport shows. */
  public List<String> visibleIn(double minX, double minY, double maxX, double maxY) {
    List<String> visible = new ArrayList<>();
    drawingOrder.forEach(
        id -> {
          if (boxes.get(id).intersects(minX, minY, maxX, maxY)) {
            visible.add(id);
          }
        });
    return visible;
  }

  /** A slot of a node's pod grid; slots past the node's pod count are empty. */
  public record PodSlot(String nodeElementId, int slot) {}
}
