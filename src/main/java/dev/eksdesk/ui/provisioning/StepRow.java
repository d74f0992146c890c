package dev.eksdesk.ui.provisioning;

import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the steps table. */
public final class StepRow {
  private final String id;
  private final String description;
  private final Duration expected;
  private final ObjectProperty<StepState> state = new SimpleObjectProperty<>(StepState.PLANNED);
  private final StringProperty duration = new SimpleStringProperty("");
  private final IntegerProperty retries = new SimpleIntegerProperty();
  private final StringProperty message = new SimpleStringProperty("");
  private Instant startedAt;

  public StepRow(String id, String description, Duration expected) {
    this.id = id;
    this.description = description;
    this.expected = expected;
  }

  void started(Instant at) {
    startedAt = at;
    state.set(StepState.RUNNING);
  }

  void finished(Instant at, StepState outcome, String text) {
    state.set(outcome);
    message.set(text);
    if (startedAt != null) {
      duration.set(Durations.readable(Duration.between(startedAt, at)));
    }
  }

  void retrying(String cause) {
    retries.set(retries.get() + 1);
    state.set(StepState.RETRYING);
    message.set(cause);
  }

  void progress(String text) {
    if (state.get() == StepState.RETRYING) {
      state.set(StepState.RUNNING);
    }
    message.set(text);
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public Duration expected() {
    return expected;
  }

  public ObjectProperty<StepState> stateProperty() {
    return state;
  }

  public StringProperty durationProperty() {
    return duration;
  }

  public IntegerProperty retriesProperty() {
    return retries;
  }

  public StringProperty messageProperty() {
    return message;
  }
}
