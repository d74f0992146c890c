package dev.eksdesk.topology;

/**
 * Where a node's pod marks go: {@code slots} marks (the node's pod limit, or more when it runs
 * more) in rows of {@code columns}, left to right, then top to bottom.
 */
public record PodGrid(double x, double y, int columns, int slots, double pitch, double markSize) {

  public double markX(int index) {
    return x + (index % columns) * pitch;
  }

  public double markY(int index) {
    return y + (index / columns) * pitch;
  }

  public int rows() {
    return (slots + columns - 1) / columns;
  }

  public Box bounds() {
    return new Box(x, y, columns * pitch, rows() * pitch);
  }

  /** The slot under a point, or -1 when the point is between marks or outside. */
  public int slotAt(double px, double py) {
    if (px < x || py < y) {
      return -1;
    }
    int column = (int) ((px - x) / pitch);
    int row = (int) ((py - y) / pitch);
    int index = row * columns + column;
    boolean onMark = px - markX(index) <= markSize && py - markY(index) <= markSize;
    return column < columns && index < slots && onMark ? index : -1;
  }
}
