package dev.eksdesk.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** Asks before the window closes while a run is working. */
final class ConfirmClose {
  private ConfirmClose() {}

  static boolean whileRunning(Stage owner) {
    Alert alert =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            "A run is still working. If you close now it stops where it is; the journal keeps"
                + " track of everything, and Setup offers to resume it next time.",
            ButtonType.CANCEL,
            ButtonType.CLOSE);
    alert.initOwner(owner);
    alert.setHeaderText("Close while the cluster is being built?");
    return alert.showAndWait().filter(ButtonType.CLOSE::equals).isPresent();
  }
}
