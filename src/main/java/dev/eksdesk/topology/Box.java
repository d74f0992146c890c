package dev.eksdesk.topology;

/** An axis-aligned rectangle in diagram units (one unit is one pixel at zoom 1). */
public record Box(double x, double y, double width, double height) {

  public double maxX() {
    return x + width;
  }

  public double maxY() {
    return y + height;
  }

  public boolean contains(double px, double py) {
    return px >= x && px <= maxX() && py >= y && py <= maxY();
  }

  public boolean contains(Box other) {
    return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
  }

  /** Whether they share area; touching edges do not count. */
  public boolean overlaps(Box other) {
    return other.x < maxX() && x < other.maxX() && other.y < maxY() && y < other.maxY();
  }

  public boolean intersects(double minX, double minY, double maxX, double maxY) {
    return x <= maxX && this.maxX() >= minX && y <= maxY && this.maxY() >= minY;
  }
}
