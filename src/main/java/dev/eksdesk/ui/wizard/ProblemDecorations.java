package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.spec.SpecProblem;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Shows the spec's problems where they belong: a ControlsFX decoration on the field a problem
 * points at, and the full sentences in a label under the page.
 */
final class ProblemDecorations {
  private final ValidationSupport support = new ValidationSupport();
  private final ObservableList<SpecProblem> problems;

  ProblemDecorations(ObservableList<SpecProblem> problems) {
    this.problems = problems;
    problems.addListener((ListChangeListener<SpecProblem>) change -> support.revalidate());
  }

  /** Decorates {@code control} with the problems whose path starts with {@code pathPrefix}. */
  void attach(Control control, String pathPrefix) {
    support.registerValidator(
        control,
        false,
        (Control c, Object value) -> {
          ValidationResult result = new ValidationResult();
          problems.stream()
              .filter(p -> p.path().startsWith(pathPrefix))
              .forEach(
                  p ->
                      result.add(
                          p.isError()
                              ? ValidationMessage.error(c, p.message())
                              : ValidationMessage.warning(c, p.message())));
          return result;
        });
  }

  /** Keeps {@code label} showing every problem of the page, errors first. */
  static void summarize(
      Label label, ObservableList<SpecProblem> problems, Predicate<SpecProblem> onPage) {
    Runnable update =
        () -> {
          List<SpecProblem> shown =
              problems.stream()
                  .filter(onPage)
                  .sorted((a, b) -> a.severity().compareTo(b.severity()))
                  .toList();
          label.setText(
              shown.stream()
                  .map(
                      p ->
                          (p.isError() ? "✖ " : "⚠ ")
                              + FieldLabels.of(p.path())
                              + ": "
                              + p.message())
                  .collect(Collectors.joining("\n")));
          label.getStyleClass().removeAll("field-error", "field-warning");
          label
              .getStyleClass()
              .add(shown.stream().anyMatch(SpecProblem::isError) ? "field-error" : "field-warning");
          label.setVisible(!shown.isEmpty());
          label.setManaged(!shown.isEmpty());
        };
    problems.addListener((ListChangeListener<SpecProblem>) c -> update.run());
    update.run();
  }
}
