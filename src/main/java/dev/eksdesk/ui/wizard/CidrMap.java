package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.domain.spec.SubnetKind;
import java.util.List;
import java.util.Optional;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The VPC's address range as one bar, each subnet drawn to scale inside it, so gaps, overlaps and a
 * too-small subnet can be seen, not only read.
 */
final class CidrMap extends Pane {
  private static final double BAR_HEIGHT = 26;
  private static final double ROW_GAP = 6;
  private List<SubnetRow> subnets = List.of();
  private String vpcCidr = "";

  CidrMap() {
    getStyleClass().add("cidr-map");
    setMinHeight(2 * BAR_HEIGHT + 3 * ROW_GAP + 18);
    widthProperty().addListener(obs -> redraw());
  }

  void show(String vpc, List<SubnetRow> rows) {
    this.vpcCidr = vpc;
    this.subnets = List.copyOf(rows);
    redraw();
  }

  private void redraw() {
    getChildren().clear();
    double width = getWidth();
    Optional<Ipv4Cidr> vpc = parse(vpcCidr);
    if (width <= 0 || vpc.isEmpty()) {
      return;
    }
    Ipv4Cidr block = vpc.get();
    Rectangle bar = new Rectangle(0, 0, width, BAR_HEIGHT * 2 + ROW_GAP);
    bar.getStyleClass().add("vpc-bar");
    Text vpcLabel =
        new Text(
            4, BAR_HEIGHT * 2 + ROW_GAP + 16, "VPC " + block + " — " + block.size() + " addresses");
    vpcLabel.getStyleClass().add("cidr-label");
    getChildren().addAll(bar, vpcLabel);
    for (SubnetRow row : subnets) {
      Optional<Ipv4Cidr> subnet = parse(row.cidrProperty().get());
      if (subnet.isEmpty()) {
        continue;
      }
      Ipv4Cidr s = subnet.get();
      double x = Math.max(0, (s.network() - block.network()) / (double) block.size() * width);
      double w = Math.max(3, s.size() / (double) block.size() * width);
      double y = row.kind() == SubnetKind.PUBLIC ? 0 : BAR_HEIGHT + ROW_GAP;
      Rectangle rect = new Rectangle(Math.min(x, width - 3), y, Math.min(w, width), BAR_HEIGHT);
      rect.getStyleClass()
          .add(
              !block.contains(s)
                  ? "subnet-bad"
                  : row.kind() == SubnetKind.PUBLIC ? "subnet-public" : "subnet-private");
      getChildren().add(rect);
      Text label = new Text(x + 4, y + 17, row.name() + " " + s);
      label.getStyleClass().add("cidr-label");
      if (label.getLayoutBounds().getWidth() + 8 < w) {
        getChildren().add(label);
      }
      javafx.scene.control.Tooltip.install(
          rect,
          new javafx.scene.control.Tooltip(
              row.name() + " " + s + " (" + s.usableInAwsSubnet() + " usable)"));
    }
  }

  private static Optional<Ipv4Cidr> parse(String text) {
    try {
      return Optional.of(Ipv4Cidr.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
