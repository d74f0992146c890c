package dev.eksdesk.ui.clusters;

import dev.eksdesk.ui.fx.UiExecutors;
import dev.eksdesk.ui.provisioning.Durations;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Clusters screen's state: every cluster of the Sandbox and of each AWS profile and region the
 * user added, refreshed in the background account by account (one that cannot be read shows why on
 * its own row), a filter, and the one cluster every screen shows. Called on the FX thread; the
 * directory is only ever called on the background executor.
 */
public final class ClustersViewModel {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final ClusterDirectory directory;
  private final ClusterActions actions;
  private final UiExecutors executors;
  private final Clock clock;
  private final ObservableList<ClusterRow> rows = FXCollections.observableArrayList();
  private final FilteredList<ClusterRow> visible = new FilteredList<>(rows);
  private final ObservableList<ClusterSource> sources = FXCollections.observableArrayList();
  private final StringProperty filter = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<ChosenCluster> chosen = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper refreshed = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper unlocked = new ReadOnlyStringWrapper("");
  private final Set<ClusterSource> reading = new HashSet<>();

  /** Asked again while being read: read once more after, so what changed meanwhile is shown. */
  private final Set<ClusterSource> readAgain = new HashSet<>();

  private final AtomicReference<ClusterDirectory.Remembered> toSave = new AtomicReference<>();
  private boolean closed;

  public ClustersViewModel(
      ClusterDirectory directory, ClusterActions actions, UiExecutors executors, Clock clock) {
    this.directory = directory;
    this.actions = actions;
    this.executors = executors;
    this.clock = clock;
    filter.addListener((obs, old, text) -> visible.setPredicate(row -> matches(row, text)));
  }

  /** Reads what was remembered (the last chosen cluster is shown at once), then every account. */
  public void start() {
    executors
        .background()
        .execute(
            () -> {
              ClusterDirectory.Remembered remembered = directory.load();
              executors
                  .fx()
                  .execute(
                      () -> {
                        // an account added while the file was being read is kept too
                        List<ClusterSource> merged = new ArrayList<>(remembered.sources());
                        sources.stream().filter(s -> !merged.contains(s)).forEach(merged::add);
                        sources.setAll(merged);
                        remembered.chosenCluster().ifPresent(this::show);
                        refresh();
                      });
            });
  }

  /**
   * Reads every account again, each on its own; one still being read is read once more when that
   * read ends (it may have started before what the caller changed).
   */
  public void refresh() {
    if (closed) {
      return;
    }
    List<ClusterSource> all = new ArrayList<>();
    all.add(ClusterSource.sandbox());
    all.addAll(sources);
    all.forEach(this::read);
  }

  private void read(ClusterSource source) {
    if (!reading.add(source)) {
      readAgain.add(source);
      return;
    }
    executors
        .background()
        .execute(
            () -> {
              List<ClusterRow> found;
              try {
                found = directory.list(source);
              } catch (ClusterListException e) {
                found = List.of(ClusterRow.unreadable(source, e.getMessage()));
              } catch (RuntimeException e) {
                found =
                    List.of(ClusterRow.unreadable(source, "Could not be read: " + e.getMessage()));
              }
              List<ClusterRow> result = found;
              executors.fx().execute(() -> replace(source, result));
            });
  }

  private void replace(ClusterSource source, List<ClusterRow> found) {
    reading.remove(source);
    if (!source.isSandbox() && !sources.contains(source)) {
      readAgain.remove(source);
      return; // removed while it was being read
    }
    if (readAgain.remove(source)) {
      read(source);
    }
    // in place, so a refresh never moves the rows under the user's pointer
    int at = 0;
    while (at < rows.size() && !rows.get(at).source().equals(source)) {
      at++;
    }
    rows.removeIf(row -> row.source().equals(source));
    rows.addAll(Math.min(at, rows.size()), found);
    refreshed.set(
        "Refreshed at " + LocalTime.now(clock.withZone(ZoneId.systemDefault())).format(TIME));
    if (source.isSandbox()) {
      loaded.set(true);
    }
  }

  /**
   * Adds an AWS profile and region to look in, remembered across restarts.
   *
   * @return what is wrong with the input, or empty when it was added
   */
  public Optional<String> addSource(String profile, String region, String endpointUrl) {
    ClusterSource source = new ClusterSource(profile, region, endpointUrl);
    if (source.profile().isEmpty() || source.region().isEmpty()) {
      return Optional.of("Give an AWS profile and a region, such as default and eu-west-1.");
    }
    if (sources.contains(source)) {
      return Optional.of(source.label() + " is already in the list.");
    }
    sources.add(source);
    save();
    read(source);
    return Optional.empty();
  }

  /** Stops looking in an account; its rows go. */
  public void removeSource(ClusterSource source) {
    if (sources.remove(source)) {
      rows.removeIf(row -> row.source().equals(source));
      save();
    }
  }

  /** Every screen now shows this cluster; remembered for the next start. */
  public void choose(ClusterRow row) {
    if (row == null || row.isProblem()) {
      return;
    }
    show(row.chosen());
    save();
  }

  /** Every screen now shows this cluster (one being built, say); remembered for the next start. */
  public void choose(ChosenCluster cluster) {
    show(cluster);
    save();
  }

  private void show(ChosenCluster cluster) {
    chosen.set(cluster);
    actions.show(cluster);
  }

  /** Opens the wizard on the cluster's saved spec, when Eksdesk built it. */
  public void edit(ClusterRow row) {
    if (row != null && row.whyNotManaged().isEmpty()) {
      actions.edit(row);
    }
  }

  /**
   * Destroys the cluster, but only one Eksdesk built and only when the confirmation is its exact
   * name.
   */
  public boolean destroy(ClusterRow row, String typedName) {
    if (!confirmedBy(row, typedName) || row.whyNotManaged().isPresent()) {
      return false;
    }
    actions.destroy(row);
    return true;
  }

  /**
   * Clears the cluster's shared lock as {@code eksdesk state unlock NAME --force} does (another
   * Eksdesk holds it, most likely one that stopped), off the FX thread, only when the confirmation
   * is its exact name; the list is read again after.
   */
  public boolean unlock(ClusterRow row, String typedName) {
    if (!confirmedBy(row, typedName) || !row.lockHeld()) {
      return false;
    }
    executors
        .background()
        .execute(
            () -> {
              String said;
              try {
                said = directory.unlock(row);
              } catch (ClusterListException | RuntimeException e) {
                said = "The lock of " + row.name() + " was not cleared: " + e.getMessage();
              }
              String message = said;
              executors
                  .fx()
                  .execute(
                      () -> {
                        unlocked.set(message);
                        refresh();
                      });
            });
    return true;
  }

  /** Whether the user typed the row's cluster name (surrounding spaces aside). */
  private static boolean confirmedBy(ClusterRow row, String typedName) {
    return row != null && typedName != null && row.name().equals(typedName.trim());
  }

  /** What the last Unlock did, for the line under the actions. */
  public ReadOnlyStringProperty unlockedProperty() {
    return unlocked.getReadOnlyProperty();
  }

  private void save() {
    toSave.set(new ClusterDirectory.Remembered(List.copyOf(sources), chosen.get()));
    executors
        .background()
        .execute(
            () -> {
              ClusterDirectory.Remembered latest = toSave.getAndSet(null);
              if (latest != null) {
                directory.save(latest);
              }
            });
  }

  /** The window is closing: no more reads are started. */
  public void close() {
    closed = true;
  }

  /** "$123.45"; a dash where Eksdesk keeps no spec of the cluster. */
  public static String monthlyCost(ClusterRow row) {
    return row.monthlyUsd() == null ? "—" : String.format(Locale.ROOT, "$%,.2f", row.monthlyUsd());
  }

  /** "done · 4 min 10 s ago"; empty when Eksdesk never ran anything on it. */
  public String lastRun(ClusterRow row) {
    if (row.lastRun().isEmpty()) {
      return "";
    }
    return row.lastRunAt() == null
        ? row.lastRun()
        : row.lastRun()
            + " · "
            + Durations.readable(Duration.between(row.lastRunAt(), clock.instant()))
            + " ago";
  }

  private static boolean matches(ClusterRow row, String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      return true;
    }
    return String.join(
            " ",
            row.name(),
            row.account(),
            row.region(),
            row.status(),
            row.version(),
            row.source().label(),
            row.state(),
            row.problem())
        .toLowerCase(Locale.ROOT)
        .contains(wanted);
  }

  /** Every row, filtered; the screen sorts its own view of them. */
  public ObservableList<ClusterRow> visibleRows() {
    return visible;
  }

  public ObservableList<ClusterRow> rows() {
    return rows;
  }

  public ObservableList<ClusterSource> sources() {
    return sources;
  }

  public StringProperty filterProperty() {
    return filter;
  }

  public ReadOnlyObjectProperty<ChosenCluster> chosenProperty() {
    return chosen.getReadOnlyProperty();
  }

  /** True once the Sandbox's clusters were read the first time. */
  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty refreshedProperty() {
    return refreshed.getReadOnlyProperty();
  }
}
