package dev.eksdesk.ui.cluster;

import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The namespace every table of the live cluster shows (Workloads, Nodes & Pods' pods): one choice
 * shared by the screens, "All namespaces" first. Used on the FX thread only.
 */
public final class NamespaceChoice {
  public static final String ALL = "All namespaces";

  private final ObservableList<String> choices = FXCollections.observableArrayList(ALL);
  private final ObjectProperty<String> chosen = new SimpleObjectProperty<>(ALL);

  /** What the picker offers: All namespaces, then every namespace known, sorted. */
  public ObservableList<String> choices() {
    return choices;
  }

  public ObjectProperty<String> chosenProperty() {
    return chosen;
  }

  /** Adds namespaces seen in the cluster (a screen's snapshot); the choice stays. */
  public void know(Collection<String> namespaces) {
    TreeSet<String> all = new TreeSet<>(choices.subList(1, choices.size()));
    if (all.containsAll(namespaces)) {
      return;
    }
    all.addAll(namespaces);
    String keep = chosen.get();
    choices.setAll(ALL);
    choices.addAll(all);
    chosen.set(keep);
  }

  /** Another cluster: its namespaces replace the last one's, and the choice goes back to all. */
  public void forget() {
    choices.setAll(ALL);
    chosen.set(ALL);
  }

  /** Whether rows of this namespace are shown under the current choice. */
  public Predicate<String> shows() {
    String now = chosen.get();
    return namespace -> now == null || ALL.equals(now) || Objects.equals(now, namespace);
  }
}
