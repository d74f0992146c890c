package dev.eksdesk.topology;

import java.util.List;
import java.util.Locale;

/**
 * The diagram as SVG, written from the layout: rectangles for elements and pod marks, text for
 * their captions, circles for state dots. Colours come from a style sheet inside the file that uses
 * the light theme's values and the same class names as the screen.
 */
public final class SvgExport {
  private static final String STYLE =
      """
      text { font-family: 'Segoe UI', Helvetica, Arial, sans-serif; fill: #24292f; font-size: 12px; }
      .summary { fill: #57606a; font-size: 11px; }
      .badge { fill: #57606a; font-size: 10px; }
      .reason { fill: #6e7781; font-size: 11px; }
      .reason-failed { fill: #cf222e; }
      .kind-vpc-title, .kind-private-subnet-title, .kind-control-plane-title { fill: #0969da; }
      .kind-public-subnet-title { fill: #1a7f37; }
      .kind-zone-title { fill: #57606a; }
      .element { fill: #ffffff; stroke: #d0d7de; stroke-width: 1; }
      .kind-region { fill: #f6f8fa; }
      .kind-vpc { stroke: #0969da; stroke-width: 1.5; }
      .kind-zone { fill: none; stroke: #8c959f; stroke-dasharray: 6 4; }
      .kind-public-subnet { fill: #e6f6ea; stroke: #4ac26b; }
      .kind-private-subnet { fill: #e8f3fd; stroke: #54aeff; }
      .kind-route-table, .kind-elastic-ip { fill: #f6f8fa; }
      .state-planned { stroke-dasharray: 5 4; }
      .state-creating { stroke: #0969da; stroke-width: 2; }
      .state-failed { stroke: #cf222e; stroke-width: 2; }
      .state-deleting { stroke: #bf8700; stroke-width: 2; }
      .state-deleted { opacity: 0.45; }
      .dot-planned { fill: #8c959f; } .dot-creating { fill: #0969da; } .dot-ready { fill: #1a7f37; }
      .dot-failed { fill: #cf222e; } .dot-deleting { fill: #bf8700; } .dot-deleted { fill: #d0d7de; }
      .usage-track { fill: #eaeef2; } .usage-fill { fill: #0969da; } .usage-high { fill: #cf222e; }
      .slot { fill: #eaeef2; }
      .pod-running { fill: #1f883d; } .pod-starting { fill: #bf8700; }
      .pod-failed { fill: #cf222e; } .pod-completed { fill: #8c959f; }
      """;

  private SvgExport() {}

  public static String svg(Topology topology, TopologyLayout layout) {
    Box bounds = layout.bounds();
    StringBuilder out = new StringBuilder(4096 + topology.podCount() * 96);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" ")
        .append(attr("width", bounds.width()))
        .append(attr("height", bounds.height()))
        .append("viewBox=\"0 0 ")
        .append(num(bounds.width()))
        .append(' ')
        .append(num(bounds.height()))
        .append("\">\n<title>")
        .append(escape("Topology of " + topology.cluster()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n");
    for (String id : layout.drawingOrder()) {
      Element element = topology.element(id).orElseThrow();
      Box box = layout.box(id).orElseThrow();
      element(out, topology, element, box);
    }
    layout.podGrids().forEach((nodeId, grid) -> pods(out, grid, topology.podsOn(nodeId)));
    return out.append("</svg>\n").toString();
  }

  private static void element(StringBuilder out, Topology topology, Element element, Box box) {
    boolean card =
        !element.kind().structural()
            && !element.kind().subnet()
            && element.kind() != ElementKind.VPC;
    out.append("<g id=\"").append(escape(element.id())).append("\">");
    out.append("<rect class=\"element ")
        .append(element.kind().styleClass())
        .append(' ')
        .append(element.state().styleClass())
        .append("\" ")
        .append(attr("x", box.x()))
        .append(attr("y", box.y()))
        .append(attr("width", box.width()))
        .append(attr("height", box.height()))
        .append(attr("rx", card ? 6 : 8))
        .append("/>");
    boolean chip = box.height() < 40; // the same offsets as the screen's tiles
    double lineHeight = chip ? 15 : 16;
    double left = box.x() + 10;
    double titleLine = box.y() + (chip ? 2 : 6) + 12;
    text(
        out,
        "title " + element.kind().styleClass() + "-title",
        left,
        titleLine,
        Captions.title(element),
        element.kind().structural() ? 13 : 12);
    if (!element.summary().isEmpty()) {
      text(out, "summary", left, titleLine + lineHeight + 1, element.summary(), 0);
    }
    if (card && element.kind() != ElementKind.NODE && !element.stateReason().isEmpty()) {
      int line = element.summary().isEmpty() ? 1 : 2;
      String style = element.state() == ElementState.FAILED ? "reason reason-failed" : "reason";
      text(out, style, left, titleLine + line * (lineHeight + 1), element.stateReason(), 0);
    }
    String badge = Captions.badge(element);
    if (!badge.isEmpty()) {
      double badgeX = box.maxX() - 10 - badge.length() * 5.6;
      out.append("<circle class=\"dot-")
          .append(element.state().name().toLowerCase(Locale.ROOT))
          .append("\" ")
          .append(attr("cx", badgeX - 7))
          .append(attr("cy", titleLine - 4))
          .append(attr("r", 4))
          .append("/>");
      text(out, "badge", badgeX, titleLine, badge, 0);
    }
    Captions.usage(topology, element.id()).ifPresent(u -> usage(out, u, box, box.y() + 44));
    out.append("</g>\n");
  }

  private static void usage(StringBuilder out, Captions.Usage usage, Box box, double y) {
    double width = box.width() - 20;
    rect(out, "usage-track", box.x() + 10, y, width, 4);
    rect(
        out,
        usage.high() ? "usage-high" : "usage-fill",
        box.x() + 10,
        y,
        width * Math.min(1, usage.fraction()),
        4);
    text(out, "summary", box.x() + 10, y + 16, usage.text(), 0);
  }

  private static void pods(StringBuilder out, PodGrid grid, List<PodInfo> pods) {
    for (int i = 0; i < grid.slots(); i++) {
      String style =
          i < pods.size() ? "pod-" + pods.get(i).status().name().toLowerCase(Locale.ROOT) : "slot";
      rect(out, style, grid.markX(i), grid.markY(i), grid.markSize(), grid.markSize());
    }
  }

  private static void rect(
      StringBuilder out, String style, double x, double y, double w, double h) {
    out.append("<rect class=\"")
        .append(style)
        .append("\" ")
        .append(attr("x", x))
        .append(attr("y", y))
        .append(attr("width", w))
        .append(attr("height", h))
        .append("/>\n");
  }

  private static void text(
      StringBuilder out, String style, double x, double y, String text, double fontSize) {
    out.append("<text class=\"")
        .append(style)
        .append("\" ")
        .append(attr("x", x))
        .append(attr("y", y));
    if (fontSize > 0) {
      out.append("font-weight=\"600\" ").append(attr("font-size", fontSize));
    }
    out.append('>').append(escape(text)).append("</text>");
  }

  private static String attr(String name, double value) {
    return name + "=\"" + num(value) + "\" ";
  }

  private static String num(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            escaped.append(c); // other control characters are not allowed in XML 1.0
          }
        }
      }
    }
    return escaped.toString();
  }
}
