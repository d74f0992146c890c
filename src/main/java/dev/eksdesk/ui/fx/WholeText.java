package dev.eksdesk.ui.fx;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Text the user must read whole. Buttons and choosers never shrink below their text (a narrow
 * window squeezes the free space and the tables instead), and any label or table cell that is cut
 * shows its whole value in a tooltip when the pointer rests on it.
 */
public final class WholeText {
  private static final String OURS = "whole-text-tooltip";

  private WholeText() {}

  /**
   * Buttons, choosers and the one-line labels of a row of controls under {@code root} keep their
   * preferred width.
   */
  public static void keepControlsWhole(Node root) {
    boolean rowLabel =
        root instanceof Label label && !label.isWrapText() && label.getParent() instanceof HBox;
    if (root instanceof ButtonBase || root instanceof ComboBoxBase<?> || rowLabel) {
      ((Region) root).setMinWidth(Region.USE_PREF_SIZE);
    }
    if (root instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(WholeText::keepControlsWhole);
    }
  }

  /** Cut text under {@code root} (cells, headers, labels) gets a tooltip with the whole value. */
  public static void tooltipsForCutText(Parent root) {
    root.addEventFilter(
        MouseEvent.MOUSE_MOVED,
        event -> {
          for (Node n = event.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n instanceof Labeled labeled) {
              offerWholeText(labeled);
              return;
            }
          }
        });
  }

  private static void offerWholeText(Labeled labeled) {
    boolean ours = labeled.getTooltip() != null && OURS.equals(labeled.getTooltip().getId());
    if (isCut(labeled)) {
      if (labeled.getTooltip() == null
          || (ours && !labeled.getTooltip().getText().equals(labeled.getText()))) {
        Tooltip whole = new Tooltip(labeled.getText());
        whole.setId(OURS);
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        labeled.setTooltip(whole);
      }
    } else if (ours) {
      labeled.setTooltip(null);
    }
  }

  /** Whether the labeled shows its text cut to an ellipsis. */
  public static boolean isCut(Labeled labeled) {
    String full = labeled.getText();
    return full != null
        && !full.isEmpty()
        && labeled.lookup(".text") instanceof Text shown
        && !full.equals(shown.getText())
        && shown.getText().endsWith(labeled.getEllipsisString());
  }
}
