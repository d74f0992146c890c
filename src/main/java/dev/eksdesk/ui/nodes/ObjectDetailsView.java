package dev.eksdesk.ui.nodes;

import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A pod or node in a window of its own: described, and as YAML (read-only, to copy). */
public final class ObjectDetailsView {
  private final ObjectDetailsViewModel model;

  @FXML private Label titleLabel;
  @FXML private TabPane tabs;
  @FXML private Tab yamlTab;
  @FXML private TextArea describeArea;
  @FXML private TextArea yamlArea;
  @FXML private Label statusLabel;

  public ObjectDetailsView(ObjectDetailsViewModel model) {
    this.model = model;
  }

  /** Opens the window beside {@code owner}, on the YAML tab when {@code yaml}, and reads. */
  public static Stage open(Window owner, ObjectDetailsViewModel model, boolean yaml) {
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle(model.object().toString());
    ObjectDetailsView view = new ObjectDetailsView(model);
    Scene scene = new Scene(Fxml.load(view), 1024, 700);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    if (yaml) {
      view.tabs.getSelectionModel().select(view.yamlTab);
    }
    stage.show();
    model.load();
    return stage;
  }

  @FXML
  private void initialize() {
    titleLabel.setText(model.object().toString());
    describeArea.textProperty().bind(model.descriptionProperty());
    yamlArea.textProperty().bind(model.yamlProperty());
    statusLabel.textProperty().bind(model.statusProperty());
  }

  @FXML
  private void copy() {
    TextArea shown =
        tabs.getSelectionModel().getSelectedItem() == yamlTab ? yamlArea : describeArea;
    ClipboardContent content = new ClipboardContent();
    content.putString(
        shown.getSelectedText().isEmpty() ? shown.getText() : shown.getSelectedText());
    Clipboard.getSystemClipboard().setContent(content);
  }

  @FXML
  private void refresh() {
    model.load();
  }
}
