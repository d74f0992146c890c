package dev.eksdesk.ui.nodes;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.ObservableList;

/**
 * Brings a table's backing list up to date with a fresh snapshot while touching as little as
 * possible: with 10,000 pods, a snapshot usually differs in a handful of rows, and replacing only
 * those keeps sorting, filtering and the table's selection cheap.
 */
public final class RowMerge {
  /**
   * Beyond this many changed rows one bulk replacement is cheaper than many single ones (each
   * single change makes the sorted and filtered views above the list do work of their own).
   */
  static final int MAX_SINGLE_CHANGES = 64;

  private RowMerge() {}

  /**
   * @param key what identifies a row across snapshots (a pod's namespace/name)
   */
  public static <T, K> void merge(ObservableList<T> target, List<T> fresh, Function<T, K> key) {
    if (!sameKeys(target, fresh, key)) {
      target.setAll(fresh);
      return;
    }
    int changed = 0;
    for (int i = 0; i < fresh.size(); i++) {
      if (!target.get(i).equals(fresh.get(i)) && ++changed > MAX_SINGLE_CHANGES) {
        target.setAll(fresh);
        return;
      }
    }
    for (int i = 0; i < fresh.size(); i++) {
      if (!target.get(i).equals(fresh.get(i))) {
        target.set(i, fresh.get(i));
      }
    }
  }

  private static <T, K> boolean sameKeys(List<T> a, List<T> b, Function<T, K> key) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Objects.equals(key.apply(a.get(i)), key.apply(b.get(i)))) {
        return false;
      }
    }
    return true;
  }
}
