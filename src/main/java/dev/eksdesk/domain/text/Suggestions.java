package dev.eksdesk.domain.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean ...?" for names typed by a person: close by edit distance or by prefix. */
public final class Suggestions {
  private Suggestions() {}

  public static List<String> closest(String typed, Collection<String> known, int limit) {
    String needle = typed.toLowerCase(Locale.ROOT);
    int tolerance = Math.max(1, Math.min(3, needle.length() / 3));
    return known.stream()
        .map(name -> new Scored(name, distance(needle, name.toLowerCase(Locale.ROOT))))
        .filter(
            s ->
                s.distance <= tolerance
                    || s.name.toLowerCase(Locale.ROOT).startsWith(needle)
                    || needle.startsWith(familyOf(s.name.toLowerCase(Locale.ROOT))))
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(limit)
        .map(Scored::name)
        .toList();
  }

  private static String familyOf(String name) {
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot + 1) : name + "\u0000";
  }

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private record Scored(String name, int distance) {}
}
