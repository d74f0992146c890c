package dev.eksdesk.ui.nodes;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line of a progress list: a swap step, or a node being recycled.
 *
 * @see ProgressState
 */
public final class ProgressRow {
  private final String title;
  private final ObjectProperty<ProgressState> state =
      new SimpleObjectProperty<>(ProgressState.WAITING);
  private final StringProperty stage = new SimpleStringProperty("");
  private final StringProperty detail = new SimpleStringProperty("");

  public ProgressRow(String title) {
    this.title = title;
  }

  void update(ProgressState newState, String newStage, String newDetail) {
    state.set(newState);
    stage.set(newStage);
    detail.set(newDetail);
  }

  void detail(String text) {
    detail.set(text);
  }

  public String title() {
    return title;
  }

  public ObjectProperty<ProgressState> stateProperty() {
    return state;
  }

  /** What is happening now ("Draining", "Waiting for the replacement"). */
  public StringProperty stageProperty() {
    return stage;
  }

  public StringProperty detailProperty() {
    return detail;
  }
}
