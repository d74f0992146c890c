package dev.eksdesk.ui.nodes;

import java.util.List;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.shape.Polyline;

/** A node's CPU now, beside a small line of its recent readings. */
final class SparklineCell extends TableCell<dev.eksdesk.kube.NodeRow, String> {
  private static final double WIDTH = 60;
  private static final double HEIGHT = 14;

  private final UsageViewModel usage;
  private final Polyline line = new Polyline();

  SparklineCell(UsageViewModel usage) {
    this.usage = usage;
    line.getStyleClass().add("usage-sparkline");
    setContentDisplay(ContentDisplay.RIGHT);
    setGraphicTextGap(8);
  }

  @Override
  protected void updateItem(String cpu, boolean empty) {
    super.updateItem(cpu, empty);
    if (empty || cpu == null || getTableRow() == null || getTableRow().getItem() == null) {
      setText(null);
      setGraphic(null);
      return;
    }
    setText(cpu);
    List<Long> history = usage.cpuHistoryOf(getTableRow().getItem().name());
    if (history.size() < 2) {
      setGraphic(null);
      return;
    }
    long max = Math.max(1, history.stream().mapToLong(Long::longValue).max().orElse(1));
    Double[] points = new Double[history.size() * 2];
    for (int i = 0; i < history.size(); i++) {
      points[2 * i] = WIDTH * i / (UsageViewModel.HISTORY - 1);
      points[2 * i + 1] = HEIGHT - HEIGHT * history.get(i) / max;
    }
    line.getPoints().setAll(points);
    setGraphic(line);
  }
}
