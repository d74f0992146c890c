package dev.eksdesk.kube;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Text laid out as kubectl describe lays it out: aligned fields, sections, small tables. */
final class DescriptionText {
  private static final int KEY_WIDTH = 16;
  private final StringBuilder text = new StringBuilder();

  DescriptionText field(String key, Object value) {
    return field(0, key, value);
  }

  DescriptionText field(int indent, String key, Object value) {
    String label = " ".repeat(indent) + key + ":";
    text.append(String.format(Locale.ROOT, "%-" + KEY_WIDTH + "s", label));
    text.append(label.length() >= KEY_WIDTH ? " " : "");
    text.append(value == null || value.toString().isEmpty() ? "<none>" : value).append('\n');
    return this;
  }

  /** One key, its entries one a line under it: labels, annotations, capacity. */
  DescriptionText map(String key, Map<String, ?> entries) {
    if (entries == null || entries.isEmpty()) {
      return field(key, null);
    }
    List<String> lines =
        entries.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + "=" + e.getValue())
            .toList();
    field(key, lines.get(0));
    lines.stream()
        .skip(1)
        .forEach(line -> text.append(" ".repeat(KEY_WIDTH)).append(line).append('\n'));
    return this;
  }

  DescriptionText section(String title) {
    text.append(title).append(":\n");
    return this;
  }

  DescriptionText line(int indent, String line) {
    text.append(" ".repeat(indent)).append(line).append('\n');
    return this;
  }

  /** Rows under a header, each column as wide as its widest cell; "<none>" when there are none. */
  DescriptionText table(String title, List<String> header, List<List<String>> rows) {
    if (rows.isEmpty()) {
      return field(title, null);
    }
    section(title);
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.add(header.stream().map(h -> "-".repeat(h.length())).toList());
    all.addAll(rows);
    int[] widths = new int[header.size()];
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], String.valueOf(row.get(i)).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < row.size(); i++) {
        String cell = String.valueOf(row.get(i));
        line.append(
            i == row.size() - 1
                ? cell
                : String.format(Locale.ROOT, "%-" + (widths[i] + 2) + "s", cell));
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return this;
  }

  /** Events as kubectl describe ends with them. */
  DescriptionText events(List<PodEventRow> events) {
    return table(
        "Events",
        List.of("Type", "Reason", "Last seen", "From", "Message"),
        events.stream()
            .map(
                e ->
                    List.of(
                        String.valueOf(e.type()),
                        String.valueOf(e.reason()),
                        e.lastSeen() == null
                            ? "<unknown>"
                            : e.lastSeen().truncatedTo(ChronoUnit.SECONDS).toString(),
                        e.source() == null ? "" : e.source(),
                        String.valueOf(e.message())))
            .toList());
  }

  static String joined(List<String> values) {
    return values == null || values.isEmpty()
        ? ""
        : values.stream().collect(Collectors.joining(", "));
  }

  String text() {
    return text.toString();
  }
}
