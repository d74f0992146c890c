package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.Box;
import dev.eksdesk.topology.Captions;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.topology.TopologyLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * The elements as tiles in diagram units, reused across updates by element id: a state change only
 * swaps a style class, it does not rebuild the scene graph.
 */
final class TileLayer extends Group {
  private final Map<String, ElementTile> tiles = new HashMap<>();
  private String selectedId;

  TileLayer() {
    setAutoSizeChildren(false);
  }

  void show(Topology topology, TopologyLayout layout) {
    List<Node> ordered = new ArrayList<>(layout.drawingOrder().size());
    Map<String, ElementTile> kept = new HashMap<>();
    for (String id : layout.drawingOrder()) {
      ElementTile tile = tiles.containsKey(id) ? tiles.get(id) : new ElementTile();
      Box box = layout.box(id).orElseThrow();
      tile.show(topology.element(id).orElseThrow(), Captions.usage(topology, id));
      tile.resizeRelocate(box.x(), box.y(), box.width(), box.height());
      tile.setSelected(id.equals(selectedId));
      kept.put(id, tile);
      ordered.add(tile);
    }
    tiles.clear();
    tiles.putAll(kept);
    if (!ordered.equals(getChildren())) {
      getChildren().setAll(ordered);
    }
  }

  void select(String elementId) {
    ElementTile old = selectedId == null ? null : tiles.get(selectedId);
    if (old != null) {
      old.setSelected(false);
    }
    selectedId = elementId;
    ElementTile now = elementId == null ? null : tiles.get(elementId);
    if (now != null) {
      now.setSelected(true);
    }
  }
}
