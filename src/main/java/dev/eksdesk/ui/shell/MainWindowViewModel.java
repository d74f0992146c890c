package dev.eksdesk.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The shell's state: where the user is, which account is in use, which theme. */
public final class MainWindowViewModel {
  private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.SETUP);
  private final ReadOnlyStringWrapper accountLabel = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper regionLabel = new ReadOnlyStringWrapper();
  private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);

  public MainWindowViewModel(AccountStatus initialAccount) {
    showAccount(initialAccount);
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
