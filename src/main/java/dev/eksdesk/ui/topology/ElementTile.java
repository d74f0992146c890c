package dev.eksdesk.ui.topology;

import dev.eksdesk.topology.Captions;
import dev.eksdesk.topology.Element;
import dev.eksdesk.topology.ElementKind;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/**
 * One element on screen: a styled box with its title, summary, state badge and (for nodes) the IP
 * usage bar. Children are placed by hand at fixed offsets: the layout already sized the box, and
 * hundreds of tiles must not each run a layout pane.
 */
final class ElementTile extends Region {
  static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final PseudoClass HIGH = PseudoClass.getPseudoClass("high");
  private static final double INSET = 10;

  private final Label title = label("element-title");
  private final Label summary = label("element-summary");
  private final Label reason = label("element-reason");
  private final Label badge = label("element-badge");
  private final Region usageTrack = new Region();
  private final Region usageFill = new Region();
  private final Label usageText = label("element-usage");
  private String kindClass = "";
  private String stateClass = "";
  private Element element;
  private Optional<Captions.Usage> usage = Optional.empty();
  private double usageFraction;

  ElementTile() {
    getStyleClass().add("topology-element");
    Circle dot = new Circle(4);
    dot.getStyleClass().add("state-dot");
    badge.setGraphic(dot);
    usageTrack.getStyleClass().add("usage-track");
    usageFill.getStyleClass().add("usage-fill");
    getChildren().addAll(title, summary, reason, badge, usageTrack, usageFill, usageText);
    setPickOnBounds(false);
    setMouseTransparent(true); // clicks are hit-tested on the layout, which also finds pod marks
  }

  /** Skips unchanged elements: a new pod list leaves most tiles as they were. */
  void show(Element shown, Optional<Captions.Usage> newUsage) {
    if (shown.equals(element) && newUsage.equals(usage)) {
      return;
    }
    this.element = shown;
    this.usage = newUsage;
    swapClass(kindClass, shown.kind().styleClass());
    kindClass = shown.kind().styleClass();
    swapClass(stateClass, shown.state().styleClass());
    stateClass = shown.state().styleClass();
    title.setText(Captions.title(shown));
    summary.setText(shown.summary());
    boolean card = !shown.kind().structural() && !shown.kind().subnet();
    reason.setText(card && shown.kind() != ElementKind.NODE ? shown.stateReason() : "");
    badge.setText(Captions.badge(shown));
    badge.setVisible(!badge.getText().isEmpty());
    usageTrack.setVisible(newUsage.isPresent());
    usageFill.setVisible(newUsage.isPresent());
    usageText.setVisible(newUsage.isPresent());
    newUsage.ifPresent(
        u -> {
          usageText.setText(u.text());
          usageFraction = Math.min(1, u.fraction());
          usageFill.pseudoClassStateChanged(HIGH, u.high());
        });
    requestLayout();
  }

  void setSelected(boolean selected) {
    pseudoClassStateChanged(SELECTED, selected);
  }

  private void swapClass(String old, String now) {
    if (!old.equals(now)) {
      getStyleClass().remove(old);
      getStyleClass().add(now);
    }
  }

  @Override
  protected void layoutChildren() {
    if (element == null) {
      return;
    }
    double width = getWidth();
    double badgeWidth = badge.isVisible() ? badge.prefWidth(-1) : 0;
    boolean chip = getHeight() < 40;
    double top = chip ? 2 : 6;
    double lineHeight = chip ? 15 : 16;
    title.resizeRelocate(INSET, top, width - 2 * INSET - badgeWidth - 6, lineHeight + 2);
    summary.resizeRelocate(INSET, top + lineHeight + 1, width - 2 * INSET, lineHeight);
    double reasonLine = summary.getText().isEmpty() ? 1 : 2; // moves up when there is no summary
    reason.resizeRelocate(
        INSET, top + reasonLine * (lineHeight + 1), width - 2 * INSET, lineHeight);
    badge.resizeRelocate(width - INSET - badgeWidth, top + 1, badgeWidth, lineHeight);
    double barY = 44;
    double barWidth = width - 2 * INSET;
    usageTrack.resizeRelocate(INSET, barY, barWidth, 4);
    usageFill.resizeRelocate(INSET, barY, barWidth * usageFraction, 4);
    usageText.resizeRelocate(INSET, barY + 5, barWidth, 15);
  }

  private static Label label(String styleClass) {
    Label label = new Label();
    label.getStyleClass().add(styleClass);
    label.setMinWidth(0);
    return label;
  }
}
