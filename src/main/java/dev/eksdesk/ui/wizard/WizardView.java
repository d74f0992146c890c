package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.ui.fx.Fxml;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/** The wizard's frame: the step indicator, the page, Back / Next / Create. */
public final class WizardView {
  private final WizardViewModel wizard;
  private final PriceBook prices;
  private final SpecFilePicker specFiles;
  private final Map<WizardPage, Parent> pages = new EnumMap<>(WizardPage.class);

  @FXML private HBox steps;
  @FXML private StackPane pageHost;
  @FXML private Label blockedLabel;
  @FXML private Button backButton;
  @FXML private Button nextButton;
  @FXML private Button createButton;
  @FXML private Button stopEditingButton;
  @FXML private Label wizardTitle;

  public WizardView(WizardViewModel wizard, PriceBook prices) {
    this(wizard, prices, SpecFilePicker.fileDialog());
  }

  /**
   * @param specFiles asks for the file behind Save spec and Load spec
   */
  public WizardView(WizardViewModel wizard, PriceBook prices, SpecFilePicker specFiles) {
    this.wizard = wizard;
    this.prices = prices;
    this.specFiles = specFiles;
  }

  @FXML
  private void initialize() {
    for (WizardPage page : WizardPage.values()) {
      Label step = new Label((page.ordinal() + 1) + "  " + page.title());
      step.getStyleClass().add("step");
      step.setUserData(page);
      steps.getChildren().add(step);
    }
    wizard.pageProperty().addListener((obs, old, now) -> show(now));
    show(wizard.pageProperty().get());
    backButton.disableProperty().bind(wizard.pageProperty().isEqualTo(WizardPage.CREDENTIALS));
    nextButton.disableProperty().bind(wizard.blockedBinding());
    nextButton.visibleProperty().bind(wizard.pageProperty().isNotEqualTo(WizardPage.REVIEW));
    nextButton.managedProperty().bind(nextButton.visibleProperty());
    createButton.visibleProperty().bind(wizard.pageProperty().isEqualTo(WizardPage.REVIEW));
    createButton.managedProperty().bind(createButton.visibleProperty());
    ChangeReview review = wizard.changeReview();
    var editing = review.currentProperty().isNotNull();
    createButton
        .disableProperty()
        .bind(wizard.blockedBinding().or(editing.and(review.applicableProperty().not())));
    createButton
        .textProperty()
        .bind(Bindings.when(editing).then("Apply changes").otherwise("Create cluster"));
    wizardTitle
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    review.currentProperty().get() == null
                        ? "Create a cluster"
                        : "Edit " + review.currentProperty().get().name(),
                review.currentProperty()));
    stopEditingButton.visibleProperty().bind(editing);
    stopEditingButton.managedProperty().bind(editing);
    blockedLabel.visibleProperty().bind(wizard.blockedBinding());
    blockedLabel.textProperty().bind(wizard.blockedReasonBinding());
  }

  private void show(WizardPage page) {
    steps
        .getChildren()
        .forEach(
            node -> {
              WizardPage step = (WizardPage) node.getUserData();
              node.getStyleClass().removeAll("current", "done");
              if (step == page) {
                node.getStyleClass().add("current");
              } else if (step.ordinal() < page.ordinal()) {
                node.getStyleClass().add("done");
              }
            });
    pageHost.getChildren().setAll(pages.computeIfAbsent(page, this::build));
  }

  private Parent build(WizardPage page) {
    return switch (page) {
      case CREDENTIALS -> Fxml.load(new CredentialsPageView(wizard));
      case NETWORK -> Fxml.load(new NetworkPageView(wizard, prices));
      case NODES -> Fxml.load(new NodesPageView(wizard));
      case REVIEW -> Fxml.load(new ReviewPageView(wizard, specFiles));
    };
  }

  @FXML
  private void back() {
    wizard.back();
  }

  @FXML
  private void next() {
    wizard.next();
  }

  @FXML
  private void stopEditing() {
    wizard.stopEditing();
  }

  @FXML
  private void create() {
    wizard.create();
  }
}
