package dev.eksdesk.ui.nodes;

import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import java.io.File;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * A pod's log in a window of its own: container, follow, previous, since, tail, wrap, search, copy
 * and download. Closing the window stops the stream.
 */
public final class PodLogView {
  private final PodLogViewModel model;

  @FXML private Label titleLabel;
  @FXML private ComboBox<String> containerBox;
  @FXML private CheckBox followBox;
  @FXML private CheckBox previousBox;
  @FXML private ComboBox<Duration> sinceBox;
  @FXML private ComboBox<Integer> tailBox;
  @FXML private CheckBox wrapBox;
  @FXML private TextField searchField;
  @FXML private Label matchLabel;
  @FXML private ListView<String> lineList;
  @FXML private Label statusLabel;

  public PodLogView(PodLogViewModel model) {
    this.model = model;
  }

  /** Opens the window beside {@code owner} and starts reading; closing it stops the stream. */
  public static Stage open(Window owner, PodLogViewModel model) {
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle("Logs of " + model.pod().key());
    Scene scene = new Scene(Fxml.load(new PodLogView(model)), 1024, 700);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.setOnHidden(e -> model.close());
    stage.show();
    model.start();
    return stage;
  }

  @FXML
  private void initialize() {
    titleLabel.setText("Logs of " + model.pod().key());
    containerBox.setItems(model.containers());
    containerBox.valueProperty().bindBidirectional(model.containerProperty());
    followBox.selectedProperty().bindBidirectional(model.followProperty());
    followBox.disableProperty().bind(model.previousProperty());
    previousBox.selectedProperty().bindBidirectional(model.previousProperty());
    sinceBox.getItems().setAll(PodLogViewModel.SINCE);
    sinceBox.setConverter(
        converter(
            d ->
                d == null
                    ? "the start"
                    : d.toHours() > 0 ? d.toHours() + " h" : d.toMinutes() + " min"));
    sinceBox.valueProperty().bindBidirectional(model.sinceProperty());
    tailBox.getItems().setAll(PodLogViewModel.TAILS);
    tailBox.setConverter(converter(n -> n == null ? "all lines" : n + " lines"));
    tailBox.valueProperty().bindBidirectional(model.tailProperty());
    wrapBox.selectedProperty().bindBidirectional(model.wrapProperty());
    searchField.textProperty().bindBidirectional(model.searchProperty());
    matchLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.searchProperty().get().isBlank()
                        ? model.lines().size() + " lines"
                        : model.visibleLines().size() + " of " + model.lines().size() + " lines",
                model.lines(),
                model.visibleLines(),
                model.searchProperty()));
    lineList.setItems(model.visibleLines());
    lineList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    lineList.setCellFactory(list -> new LineCell());
    model
        .wrapProperty()
        .addListener(
            (obs, old, wrap) -> {
              lineList.getStyleClass().remove("wrapped");
              if (wrap) {
                lineList.getStyleClass().add("wrapped");
              }
              lineList.refresh();
            });
    model
        .visibleLines()
        .addListener(
            (ListChangeListener<String>)
                change -> {
                  if (model.followProperty().get() && !model.visibleLines().isEmpty()) {
                    lineList.scrollTo(model.visibleLines().size() - 1);
                  }
                });
    statusLabel.textProperty().bind(model.statusProperty());
  }

  /** A line in a fixed-width font; wrapped to the list's width when Wrap is on. */
  private final class LineCell extends ListCell<String> {
    LineCell() {
      getStyleClass().add("log-line");
    }

    @Override
    protected void updateItem(String line, boolean empty) {
      super.updateItem(line, empty);
      setText(empty ? null : line);
      boolean wrap = model.wrapProperty().get();
      setWrapText(wrap);
      if (wrap) {
        prefWidthProperty().bind(lineList.widthProperty().subtract(24));
      } else {
        prefWidthProperty().unbind();
        setPrefWidth(USE_COMPUTED_SIZE);
      }
    }
  }

  @FXML
  private void copy() {
    var selected = lineList.getSelectionModel().getSelectedItems();
    ClipboardContent content = new ClipboardContent();
    content.putString(selected.isEmpty() ? model.visibleText() : String.join("\n", selected));
    Clipboard.getSystemClipboard().setContent(content);
  }

  @FXML
  private void save() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save the log of " + model.pod().name());
    chooser.setInitialFileName(model.pod().name() + ".log");
    File file = chooser.showSaveDialog(lineList.getScene().getWindow());
    if (file != null) {
      model.save(file.toPath());
    }
  }

  private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return text.apply(value);
      }

      @Override
      public T fromString(String string) {
        return null;
      }
    };
  }
}
