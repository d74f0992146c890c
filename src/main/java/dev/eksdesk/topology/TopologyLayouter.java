package dev.eksdesk.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a topology hierarchically: the region box holds the VPC box and, beside it, what lives
 * outside any VPC (control plane, node group, buckets); the VPC holds its route tables and one
 * column per zone, public subnets above private ones; gateways and the endpoint sit on the VPC's
 * top edge; subnets hold cards (NAT gateways with their EIPs, hosts, nodes) on a grid shared by all
 * subnets so that the zone columns line up. One pass, no search: linear in the element count.
 */
public final class TopologyLayouter {
  public static final double CARD_WIDTH = 216;
  public static final double GAP = 12;
  public static final double PAD = 14;
  public static final double SUBNET_HEADER = 46;
  public static final double ZONE_HEADER = 30;
  public static final double CONTAINER_HEADER = 40;
  public static final double HOST_HEIGHT = 58;
  public static final double NAT_HEADER = 48;
  public static final double CHIP_HEIGHT = 34;
  public static final double NODE_HEADER = 66;
  public static final double MARK = 6;
  public static final double PITCH = 8;
  public static final double EDGE_WIDTH = 216;
  public static final double EDGE_HEIGHT = 46;
  public static final double SIDE_WIDTH = 250;
  public static final double SIDE_HEIGHT = 58;
  private static final double EMPTY_SUBNET = 24;
  private static final double GRID_INSET = 10;
  private static final double TITLE_ROOM = 180;
  private static final double BADGE_ROOM = 110;
  private static final double TABLE_WIDTH = 250;

  private final Topology topology;
  private final Map<String, List<Element>> children = new HashMap<>();
  private final Map<String, Box> boxes = new LinkedHashMap<>();
  private final Map<String, PodGrid> grids = new LinkedHashMap<>();

  private TopologyLayouter(Topology topology) {
    this.topology = topology;
    topology
        .elements()
        .forEach(e -> children.computeIfAbsent(e.parentId(), k -> new ArrayList<>()).add(e));
  }

  public static TopologyLayout layout(Topology topology) {
    return new TopologyLayouter(topology).run();
  }

  private TopologyLayout run() {
    Element region = topology.ofKind(ElementKind.REGION).stream().findFirst().orElse(null);
    if (region == null) {
      return new TopologyLayout(boxes, grids, new Box(0, 0, 0, 0));
    }
    boxes.put(region.id(), null); // keeps the region first in drawing order
    List<Element> edges = new ArrayList<>();
    double top = CONTAINER_HEADER;
    double right = PAD;
    double bottom = top;
    Element vpc = first(region.id(), ElementKind.VPC);
    if (vpc != null) {
      Box vpcBox = vpc(vpc, 2 * PAD, top + EDGE_HEIGHT / 2 + GAP, edges);
      right = vpcBox.maxX();
      bottom = vpcBox.maxY();
    }
    double sideX = right + 3 * PAD;
    double y = top + EDGE_HEIGHT / 2 + GAP;
    for (Element e : sortedSide(children(region.id()))) {
      boxes.put(e.id(), new Box(sideX, y, SIDE_WIDTH, SIDE_HEIGHT));
      y += SIDE_HEIGHT + GAP;
    }
    Box regionBox =
        new Box(0, 0, Math.max(sideX + SIDE_WIDTH, right) + 2 * PAD, Math.max(y, bottom) + 2 * PAD);
    boxes.put(region.id(), regionBox);
    edges.forEach(e -> boxes.put(e.id(), boxes.remove(e.id()))); // drawn last, over the VPC edge
    return new TopologyLayout(boxes, grids, regionBox);
  }

  private Box vpc(Element vpc, double x, double y, List<Element> edges) {
    boxes.put(vpc.id(), null);
    List<Element> zones = children(vpc.id(), ElementKind.ZONE);
    List<Element> tables = children(vpc.id(), ElementKind.ROUTE_TABLE);
    edges.addAll(children(vpc.id(), ElementKind.INTERNET_GATEWAY));
    edges.addAll(children(vpc.id(), ElementKind.GATEWAY_ENDPOINT));

    int columns = gridColumns(zones);
    double subnetWidth = 2 * PAD + columns * CARD_WIDTH + (columns - 1) * GAP;
    double zoneWidth = subnetWidth + 2 * PAD;
    double zonesWidth = zones.size() * zoneWidth + Math.max(0, zones.size() - 1) * 2 * GAP;
    double edgesWidth = edges.size() * (EDGE_WIDTH + GAP);
    double width = Math.max(2 * PAD + zonesWidth, TITLE_ROOM + edgesWidth + BADGE_ROOM);

    double rowY = y + CONTAINER_HEADER;
    double tablesHeight = chipRow(tables, x + PAD, rowY, width - 2 * PAD);
    double zonesY = rowY + tablesHeight + (tables.isEmpty() ? 0 : GAP);

    double publicBand = 0;
    double privateBand = 0;
    for (Element zone : zones) {
      publicBand = Math.max(publicBand, stackHeight(subnets(zone, true), columns));
      privateBand = Math.max(privateBand, stackHeight(subnets(zone, false), columns));
    }
    double bandGap = publicBand > 0 && privateBand > 0 ? GAP : 0;
    double zoneHeight = ZONE_HEADER + publicBand + bandGap + privateBand + PAD;
    double zoneX = x + PAD;
    for (Element zone : zones) {
      boxes.put(zone.id(), new Box(zoneX, zonesY, zoneWidth, zoneHeight));
      double bandTop = zonesY + ZONE_HEADER;
      stack(subnets(zone, true), zoneX + PAD, bandTop, subnetWidth, columns);
      stack(
          subnets(zone, false), zoneX + PAD, bandTop + publicBand + bandGap, subnetWidth, columns);
      zoneX += zoneWidth + 2 * GAP;
    }
    double height = zonesY - y + (zones.isEmpty() ? 0 : zoneHeight) + PAD;
    Box vpcBox = new Box(x, y, width, height);
    boxes.put(vpc.id(), vpcBox);

    double edgeX = x + TITLE_ROOM; // after the VPC's title, before its state badge
    for (Element edge : edges) {
      boxes.put(edge.id(), new Box(edgeX, y - EDGE_HEIGHT / 2, EDGE_WIDTH, EDGE_HEIGHT));
      edgeX += EDGE_WIDTH + GAP;
    }
    return vpcBox;
  }

  /** Route tables as chips in rows across the VPC; returns the rows' height. */
  private double chipRow(List<Element> chips, double x, double y, double width) {
    int perRow = Math.max(1, (int) ((width + GAP) / (TABLE_WIDTH + GAP)));
    for (int i = 0; i < chips.size(); i++) {
      double cx = x + (i % perRow) * (TABLE_WIDTH + GAP);
      double cy = y + (i / perRow) * (CHIP_HEIGHT + GAP);
      boxes.put(chips.get(i).id(), new Box(cx, cy, TABLE_WIDTH, CHIP_HEIGHT));
    }
    int rows = (chips.size() + perRow - 1) / perRow;
    return rows == 0 ? 0 : rows * CHIP_HEIGHT + (rows - 1) * GAP;
  }

  /** Columns of the card grid, shared by all subnets: the diagram grows about as wide as tall. */
  private int gridColumns(List<Element> zones) {
    int most = 0;
    for (Element zone : zones) {
      for (Element subnet : children(zone.id())) {
        most = Math.max(most, cards(subnet).size());
      }
    }
    return Math.max(2, (int) Math.ceil(Math.sqrt(most / 1.5)));
  }

  private List<Element> subnets(Element zone, boolean publicOnes) {
    return children(zone.id(), publicOnes ? ElementKind.PUBLIC_SUBNET : ElementKind.PRIVATE_SUBNET);
  }

  private double stackHeight(List<Element> subnets, int columns) {
    double height = 0;
    for (Element subnet : subnets) {
      height += subnetHeight(subnet, columns) + (height > 0 ? GAP : 0);
    }
    return height;
  }

  private void stack(List<Element> subnets, double x, double y, double width, int columns) {
    for (Element subnet : subnets) {
      double height = subnetHeight(subnet, columns);
      boxes.put(subnet.id(), new Box(x, y, width, height));
      placeCards(cards(subnet), x + PAD, y + SUBNET_HEADER, columns);
      y += height + GAP;
    }
  }

  private double subnetHeight(Element subnet, int columns) {
    List<Element> cards = cards(subnet);
    if (cards.isEmpty()) {
      return SUBNET_HEADER + EMPTY_SUBNET;
    }
    double height = SUBNET_HEADER + PAD;
    for (int start = 0; start < cards.size(); start += columns) {
      height += rowHeight(cards, start, columns) + (start > 0 ? GAP : 0);
    }
    return height;
  }

  private void placeCards(List<Element> cards, double x, double y, int columns) {
    for (int start = 0; start < cards.size(); start += columns) {
      double rowHeight = rowHeight(cards, start, columns);
      for (int i = start; i < Math.min(cards.size(), start + columns); i++) {
        Element card = cards.get(i);
        Box box = new Box(x + (i - start) * (CARD_WIDTH + GAP), y, CARD_WIDTH, cardHeight(card));
        boxes.put(card.id(), box);
        if (card.kind() == ElementKind.NODE) {
          grids.put(card.id(), podGrid(card, box));
        }
        List<Element> chips = children(card.id());
        for (int c = 0; c < chips.size(); c++) {
          double chipY = box.y() + NAT_HEADER + c * (CHIP_HEIGHT + GAP / 2);
          boxes.put(
              chips.get(c).id(),
              new Box(box.x() + GRID_INSET, chipY, CARD_WIDTH - 2 * GRID_INSET, CHIP_HEIGHT));
        }
      }
      y += rowHeight + GAP;
    }
  }

  private double rowHeight(List<Element> cards, int start, int columns) {
    double height = 0;
    for (int i = start; i < Math.min(cards.size(), start + columns); i++) {
      height = Math.max(height, cardHeight(cards.get(i)));
    }
    return height;
  }

  /** Gateways and hosts first, then nodes, each group in topology order. */
  private List<Element> cards(Element subnet) {
    List<Element> cards = new ArrayList<>(children(subnet.id()));
    cards.sort(Comparator.comparing(e -> e.kind() == ElementKind.NODE));
    return cards;
  }

  private double cardHeight(Element card) {
    if (card.kind() == ElementKind.NODE) {
      return NODE_HEADER + podRows(card) * PITCH + GRID_INSET;
    }
    int chips = children(card.id()).size();
    return chips == 0 ? HOST_HEIGHT : NAT_HEADER + chips * (CHIP_HEIGHT + GAP / 2) + GRID_INSET / 2;
  }

  private int podRows(Element node) {
    int slots = slots(node);
    int columns = podColumns();
    return Math.max(1, (slots + columns - 1) / columns);
  }

  private int slots(Element node) {
    int limit = topology.node(node.id()).map(NodeInfo::maxPods).orElse(0);
    return Math.max(1, Math.max(limit, topology.podsOn(node.id()).size()));
  }

  private static int podColumns() {
    return (int) ((CARD_WIDTH - 2 * GRID_INSET + (PITCH - MARK)) / PITCH);
  }

  private PodGrid podGrid(Element node, Box card) {
    return new PodGrid(
        card.x() + GRID_INSET, card.y() + NODE_HEADER, podColumns(), slots(node), PITCH, MARK);
  }

  /** Outside the VPC: control plane, then node groups, then the rest (buckets). */
  private static List<Element> sortedSide(List<Element> regionChildren) {
    List<Element> side = new ArrayList<>();
    regionChildren.stream().filter(e -> e.kind() != ElementKind.VPC).forEach(side::add);
    side.sort(Comparator.comparingInt(e -> sideRank(e.kind())));
    return side;
  }

  private static int sideRank(ElementKind kind) {
    return switch (kind) {
      case CONTROL_PLANE -> 0;
      case NODE_GROUP -> 1;
      default -> 2;
    };
  }

  private Element first(String parentId, ElementKind kind) {
    List<Element> found = children(parentId, kind);
    return found.isEmpty() ? null : found.get(0);
  }

  private List<Element> children(String parentId) {
    return children.getOrDefault(parentId, List.of());
  }

  private List<Element> children(String parentId, ElementKind kind) {
    return children(parentId).stream().filter(e -> e.kind() == kind).toList();
  }
}
