package dev.eksdesk.ui.nodes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The filter fields: every word typed must appear in one of the row's columns, ignoring case ("web
 * pending" finds the web pods that are Pending).
 */
final class TextFilter {
  private TextFilter() {}

  static <T> Predicate<T> of(String text, Function<T, List<String>> columns) {
    List<String> words =
        Arrays.stream(text == null ? new String[0] : text.trim().split("\\s+"))
            .filter(w -> !w.isEmpty())
            .map(w -> w.toLowerCase(Locale.ROOT))
            .toList();
    if (words.isEmpty()) {
      return row -> true;
    }
    return row -> {
      List<String> values =
          columns.apply(row).stream()
              .map(v -> v == null ? "" : v.toLowerCase(Locale.ROOT))
              .toList();
      return words.stream().allMatch(w -> values.stream().anyMatch(v -> v.contains(w)));
    };
  }
}
