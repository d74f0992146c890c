package dev.eksdesk.ui.nodes;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The questions asked before an action changes the cluster. Shown without blocking the FX thread's
 * caller; the action runs when the user confirms. The confirming button is {@code #confirm-ok}.
 */
final class ActionDialogs {
  /** The most replicas the scale dialog offers. */
  private static final int MOST_REPLICAS = 100;

  private ActionDialogs() {}

  /** Asks {@code question}, explained by {@code detail}; runs {@code then} on {@code verb}. */
  static void confirm(Window owner, String question, String detail, String verb, Runnable then) {
    ButtonType ok = new ButtonType(verb, ButtonBar.ButtonData.OK_DONE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, ok, ButtonType.CANCEL);
    alert.initOwner(owner);
    alert.setTitle(verb);
    alert.setHeaderText(question);
    alert.getDialogPane().lookupButton(ok).setId("confirm-ok");
    alert.setOnHidden(
        e -> {
          if (alert.getResult() == ok) {
            then.run();
          }
        });
    alert.show();
  }

  /** Asks how many replicas {@code workload} should ask for, starting from {@code current}. */
  static void scale(Window owner, String workload, int current, Consumer<Integer> then) {
    Spinner<Integer> replicas = new Spinner<>(0, MOST_REPLICAS, current);
    replicas.setId("scale-replicas");
    replicas.setEditable(true);
    Label explain =
        new Label(
            "It asks for "
                + current
                + " now. Pods are added or removed to match; a pod that does not fit on a node"
                + " stays Pending.");
    explain.setWrapText(true);
    ButtonType ok = new ButtonType("Scale", ButtonBar.ButtonData.OK_DONE);
    Dialog<Integer> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Scale");
    dialog.setHeaderText("Scale " + workload + " to how many replicas?");
    dialog.getDialogPane().setContent(new VBox(10, explain, replicas));
    dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(ok).setId("confirm-ok");
    dialog.setResultConverter(button -> button == ok ? replicas.getValue() : null);
    dialog.setOnHidden(
        e -> {
          Integer chosen = dialog.getResult();
          if (chosen != null && chosen != current) {
            then.accept(chosen);
          }
        });
    dialog.show();
  }
}
