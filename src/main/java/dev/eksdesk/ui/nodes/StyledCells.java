package dev.eksdesk.ui.nodes;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/** Table cells whose text and CSS class both come from the value, for coloured states. */
final class StyledCells {
  /** Every style class these cells may add, so the old one is removed when the value changes. */
  private static final String PREFIXES = "^(pod|node|progress|cni|event)-.*";

  private StyledCells() {}

  static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> of(
      Function<T, String> text, Function<T, String> styleClass) {
    return column ->
        new TableCell<>() {
          @Override
          protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeIf(s -> s.matches(PREFIXES));
            if (empty || value == null) {
              setText(null);
            } else {
              setText(text.apply(value));
              String style = styleClass.apply(value);
              if (style != null) {
                getStyleClass().add(style);
              }
            }
          }
        };
  }
}
