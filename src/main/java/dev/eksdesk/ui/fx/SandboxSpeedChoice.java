package dev.eksdesk.ui.fx;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** The Sandbox's speeds as a drop-down, wherever it is chosen (Review page, run screen). */
public final class SandboxSpeedChoice {
  /** How many times faster than AWS the Sandbox runs unless the user chooses otherwise. */
  public static final double DEFAULT_SPEED = 60;

  private static final List<Double> SPEEDS = List.of(1.0, 10.0, 60.0, 300.0);

  private SandboxSpeedChoice() {}

  /** Fills the box with the speeds and keeps it and {@code speed} the same both ways. */
  public static void bind(ComboBox<Double> box, DoubleProperty speed) {
    box.getItems().setAll(SPEEDS);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Double value) {
            return value == null
                ? ""
                : value == 1 ? "real time" : String.format(Locale.ROOT, "%.0f×", value);
          }

          @Override
          public Double fromString(String text) {
            return null;
          }
        });
    box.valueProperty()
        .addListener(
            (obs, old, value) -> {
              if (value != null) {
                speed.set(value);
              }
            });
    speed.addListener((obs, old, value) -> box.setValue(value.doubleValue()));
    box.setValue(speed.get());
  }
}
