package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.spec.Regions;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Page 1: cluster name, region and the account to act on. */
public final class CredentialsPageView {
  private final WizardViewModel wizard;
  private final CredentialsPageModel model;

  @FXML private TextField nameField;
  @FXML private Label stateLabel;
  @FXML private TextField stateField;
  @FXML private ComboBox<String> regionBox;
  @FXML private ComboBox<AccountMode> modeBox;
  @FXML private Label profileLabel;
  @FXML private ComboBox<String> profileBox;
  @FXML private Label keyIdLabel;
  @FXML private TextField keyIdField;
  @FXML private Label secretLabel;
  @FXML private PasswordField secretField;
  @FXML private Label saveLabel;
  @FXML private HBox saveBox;
  @FXML private TextField saveProfileField;
  @FXML private Label saveMessage;
  @FXML private Label endpointLabel;
  @FXML private TextField endpointField;
  @FXML private Button verifyButton;
  @FXML private Label verifyMessage;
  @FXML private Label problemsLabel;

  public CredentialsPageView(WizardViewModel wizard) {
    this.wizard = wizard;
    this.model = wizard.credentials();
  }

  @FXML
  private void initialize() {
    nameField.textProperty().bindBidirectional(wizard.nameProperty());
    regionBox.getItems().setAll(Regions.EKS);
    regionBox.valueProperty().bindBidirectional(wizard.regionProperty());
    modeBox.getItems().setAll(AccountMode.values());
    modeBox.valueProperty().bindBidirectional(model.modeProperty());
    profileBox.setItems(model.profiles());
    profileBox.valueProperty().bindBidirectional(model.profileProperty());
    keyIdField.textProperty().bindBidirectional(model.accessKeyIdProperty());
    secretField.textProperty().bindBidirectional(model.secretAccessKeyProperty());
    endpointField.textProperty().bindBidirectional(model.endpointUrlProperty());
    verifyMessage.textProperty().bind(model.verifyMessageProperty());
    verifyButton.disableProperty().bind(model.verifyingProperty());
    model.rootWarningProperty().addListener(obs -> styleVerifyMessage());
    model.verifyFailedProperty().addListener(obs -> styleVerifyMessage());
    styleVerifyMessage();

    BooleanBinding profile = model.modeProperty().isEqualTo(AccountMode.PROFILE);
    BooleanBinding keys = model.modeProperty().isEqualTo(AccountMode.KEYS);
    BooleanBinding aws = model.modeProperty().isNotEqualTo(AccountMode.SANDBOX);
    showWhen(profile, profileLabel, profileBox);
    showWhen(keys, keyIdLabel, keyIdField, secretLabel, secretField, saveLabel, saveBox);
    saveProfileField.textProperty().bindBidirectional(model.saveAsProfileProperty());
    saveMessage.textProperty().bind(model.saveMessageProperty());
    showWhen(aws, endpointLabel, endpointField);
    stateField.textProperty().bindBidirectional(wizard.stateProperty());
    // the Sandbox keeps no shared state: the field shows for AWS, or when a loaded spec names one
    showWhen(aws.or(wizard.stateProperty().isNotEmpty()), stateLabel, stateField);
    new ProblemDecorations(wizard.problems()).attach(stateField, "state");
    ProblemDecorations.summarize(
        problemsLabel, wizard.problems(), p -> WizardPage.CREDENTIALS.owns(p.path()));
    new ProblemDecorations(wizard.problems()).attach(nameField, "name");
    model.loadProfiles();
  }

  private void styleVerifyMessage() {
    String style =
        model.verifyFailedProperty().get()
            ? "field-error"
            : model.rootWarningProperty().get() ? "field-warning" : "text-muted";
    verifyMessage.getStyleClass().setAll("label", style);
  }

  private static void showWhen(BooleanBinding condition, Node... nodes) {
    for (Node node : nodes) {
      node.visibleProperty().bind(condition);
      node.managedProperty().bind(condition);
    }
  }

  @FXML
  private void saveKeys() {
    model.saveKeysAsProfile();
  }

  @FXML
  private void verify() {
    model.verify(wizard.regionProperty().get());
  }
}
