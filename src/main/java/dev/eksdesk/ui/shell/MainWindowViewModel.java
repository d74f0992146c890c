package dev.eksdesk.ui.shell;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The shell's state: where the user is, which account is in use, which theme, where logs go. */
public final class MainWindowViewModel {
  private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.SETUP);
  private final ReadOnlyStringWrapper accountLabel = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper regionLabel = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper clusterLabel = new ReadOnlyStringWrapper("No cluster chosen");
  private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper("Eksdesk");
  private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);

  private final Path logFolder;
  private final FolderOpener folders;

  public MainWindowViewModel(AccountStatus initialAccount, Path logFolder, FolderOpener folders) {
    this.logFolder = logFolder;
    this.folders = folders;
    showAccount(initialAccount);
  }

  /** Where the day's log files are, for the status bar's tooltip. */
  public Path logFolder() {
    return logFolder;
  }

  public void openLogFolder() {
    folders.open(logFolder);
  }

  public ObjectProperty<Section> sectionProperty() {
    return section;
  }

  public ReadOnlyStringProperty accountLabelProperty() {
    return accountLabel.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty regionLabelProperty() {
    return regionLabel.getReadOnlyProperty();
  }

  /** The chosen cluster, its account and region, for the status bar. */
  public ReadOnlyStringProperty clusterLabelProperty() {
    return clusterLabel.getReadOnlyProperty();
  }

  /** "Eksdesk — demo · account sandbox · eu-west-1", for the window's title. */
  public ReadOnlyStringProperty windowTitleProperty() {
    return windowTitle.getReadOnlyProperty();
  }

  /**
   * Names the cluster every screen shows; called on the FX thread.
   *
   * @param label the cluster, its account and region in words
   */
  public void showCluster(String label) {
    clusterLabel.set("Cluster " + label);
    windowTitle.set("Eksdesk — " + label);
  }

  public BooleanProperty darkThemeProperty() {
    return darkTheme;
  }

  public void navigate(Section target) {
    section.set(target);
  }

  /** Shows which account the app acts on; called on the FX thread. */
  public void showAccount(AccountStatus account) {
    accountLabel.set(account.label());
    regionLabel.set(account.region());
  }
}
