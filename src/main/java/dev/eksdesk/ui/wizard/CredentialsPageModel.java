package dev.eksdesk.ui.wizard;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.AccountVerifier;
import dev.eksdesk.account.CredentialsStore;
import dev.eksdesk.ui.fx.UiExecutors;
import java.io.IOException;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The credentials page: which account, which region, and "Verify". */
public final class CredentialsPageModel {
  private final AccountVerifier verifier;
  private final CredentialsStore store;
  private final StringProperty saveAsProfile = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper("");
  private final UiExecutors executors;
  private final ObjectProperty<AccountMode> mode = new SimpleObjectProperty<>(AccountMode.SANDBOX);
  private final StringProperty profile = new SimpleStringProperty("");
  private final StringProperty accessKeyId = new SimpleStringProperty("");
  private final StringProperty secretAccessKey = new SimpleStringProperty("");
  private final StringProperty endpointUrl = new SimpleStringProperty("");
  private final ObservableList<String> profiles = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper verifyMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper verified = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper verifyFailed = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper rootWarning = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<AccountVerifier.Verification> identity =
      new ReadOnlyObjectWrapper<>();
  private final BooleanProperty verifying = new SimpleBooleanProperty(false);
  private final BooleanBinding needsVerification;

  /**
   * Counts Verify presses and credential changes, so that a late answer for old input is dropped.
   */
  private long attempt;

  public CredentialsPageModel(
      AccountVerifier verifier, CredentialsStore store, UiExecutors executors) {
    this.verifier = verifier;
    this.store = store;
    this.executors = executors;
    mode.addListener((obs, old, now) -> clearVerification());
    profile.addListener((obs, old, now) -> clearVerification());
    accessKeyId.addListener((obs, old, now) -> clearVerification());
    secretAccessKey.addListener((obs, old, now) -> clearVerification());
    endpointUrl.addListener((obs, old, now) -> clearVerification());
    needsVerification = mode.isNotEqualTo(AccountMode.SANDBOX).and(verified.not());
  }

  /** Reads the profile list off the FX thread. */
  public void loadProfiles() {
    executors
        .background()
        .execute(
            () -> {
              var names = verifier.profiles();
              executors.fx().execute(() -> profiles.setAll(names));
            });
  }

  public void verify(String region) {
    long current = ++attempt;
    AccountSelection selection = selection(region);
    AccountChoice choice;
    try {
      choice = selection.toChoice();
    } catch (IllegalArgumentException e) {
      show(AccountVerifier.Verification.failed(e.getMessage()));
      return;
    }
    verifying.set(true);
    verifyMessage.set("Checking…");
    executors
        .background()
        .execute(
            () -> {
              AccountVerifier.Verification result;
              try {
                result =
                    verifier.verify(choice, selection.region(), selection.endpointUrl().trim());
              } catch (RuntimeException e) {
                result = AccountVerifier.Verification.failed(e.getMessage());
              }
              AccountVerifier.Verification outcome = result;
              executors
                  .fx()
                  .execute(
                      () -> {
                        if (current == attempt) {
                          show(outcome);
                        }
                      });
            });
  }

  private void show(AccountVerifier.Verification result) {
    verifying.set(false);
    verified.set(result.ok());
    verifyFailed.set(!result.ok());
    rootWarning.set(result.isRoot());
    identity.set(result.ok() ? result : null);
    if (!result.ok()) {
      verifyMessage.set(result.message());
    } else if (result.isRoot()) {
      verifyMessage.set(
          "Account "
              + result.account()
              + " as "
              + result.arn()
              + " — this is the root user: create an IAM user or SSO role for daily work.");
    } else {
      verifyMessage.set(
          "Account "
              + result.account()
              + " as "
              + result.arn()
              + (result.message().isBlank() ? "" : "\n" + result.message()));
    }
  }

  private void clearVerification() {
    attempt++;
    verifying.set(false);
    verified.set(false);
    verifyFailed.set(false);
    rootWarning.set(false);
    identity.set(null);
    verifyMessage.set("");
  }

  /** Saves the typed keys as a named profile, only because the user asked. */
  public void saveKeysAsProfile() {
    String name = saveAsProfile.get() == null ? "" : saveAsProfile.get().trim();
    AccountChoice.StaticKeys keys;
    try {
      if (mode.get() != AccountMode.KEYS || name.isEmpty()) {
        throw new IllegalArgumentException("Type the keys and a profile name to save them under.");
      }
      keys = (AccountChoice.StaticKeys) selection("").toChoice();
    } catch (IllegalArgumentException e) {
      saveMessage.set(e.getMessage());
      return;
    }
    executors
        .background()
        .execute(
            () -> {
              String outcome;
              try {
                store.save(name, keys);
                outcome =
                    "Saved as profile " + name + " in ~/.aws/credentials (readable only by you).";
              } catch (IOException | IllegalArgumentException e) {
                outcome =
                    "Not saved: " + e.getMessage() + ". The keys are still here, in memory only.";
              }
              String shown = outcome;
              executors
                  .fx()
                  .execute(
                      () -> {
                        saveMessage.set(shown);
                        loadProfiles();
                      });
            });
  }

  public StringProperty saveAsProfileProperty() {
    return saveAsProfile;
  }

  public ReadOnlyStringProperty saveMessageProperty() {
    return saveMessage.getReadOnlyProperty();
  }

  public AccountSelection selection(String region) {
    return new AccountSelection(
        mode.get(),
        profile.get(),
        accessKeyId.get(),
        secretAccessKey.get(),
        region,
        endpointUrl.get());
  }

  public ObjectProperty<AccountMode> modeProperty() {
    return mode;
  }

  public StringProperty profileProperty() {
    return profile;
  }

  public StringProperty accessKeyIdProperty() {
    return accessKeyId;
  }

  public StringProperty secretAccessKeyProperty() {
    return secretAccessKey;
  }

  public StringProperty endpointUrlProperty() {
    return endpointUrl;
  }

  public ObservableList<String> profiles() {
    return profiles;
  }

  public ReadOnlyStringProperty verifyMessageProperty() {
    return verifyMessage.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty verifiedProperty() {
    return verified.getReadOnlyProperty();
  }

  /** True after a Verify that failed, until the credentials change; the message says why. */
  public ReadOnlyBooleanProperty verifyFailedProperty() {
    return verifyFailed.getReadOnlyProperty();
  }

  /**
   * True while AWS credentials are chosen that Verify has not accepted: the wizard does not go on
   * with an account it could not reach. The Sandbox needs no check.
   */
  public BooleanBinding needsVerificationBinding() {
    return needsVerification;
  }

  /** The identity the last successful Verify found; null until then or after a change. */
  public ReadOnlyObjectProperty<AccountVerifier.Verification> identityProperty() {
    return identity.getReadOnlyProperty();
  }

  /** How the status bar names the chosen credentials: the profile, or where the keys came from. */
  public String sourceName() {
    return switch (mode.get()) {
      case SANDBOX -> "Sandbox";
      case PROFILE -> "profile " + profile.get();
      case ENVIRONMENT -> "environment keys";
      case KEYS -> "typed keys";
    };
  }

  public ReadOnlyBooleanProperty rootWarningProperty() {
    return rootWarning.getReadOnlyProperty();
  }

  public BooleanProperty verifyingProperty() {
    return verifying;
  }
}
