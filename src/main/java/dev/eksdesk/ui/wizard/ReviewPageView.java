package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.cost.CostEstimate;
import dev.eksdesk.domain.cost.CostItem;
import dev.eksdesk.ui.fx.SandboxSpeedChoice;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Page 4: plan, estimate, capacity and security, and the spec file. */
public final class ReviewPageView {
  /** Marks a step on the critical path; DejaVu Sans, on every Linux desktop, draws it. */
  static final String CRITICAL_MARK = "◆";

  private final WizardViewModel wizard;
  private final SpecFilePicker files;

  @FXML private Label totalLabel;
  @FXML private TableView<CostItem> costTable;
  @FXML private TableColumn<CostItem, String> categoryColumn;
  @FXML private TableColumn<CostItem, String> itemColumn;
  @FXML private TableColumn<CostItem, String> amountColumn;
  @FXML private TableColumn<CostItem, String> basisColumn;
  @FXML private Label capacityLabel;
  @FXML private Label breakdownLabel;
  @FXML private VBox securityBox;
  @FXML private Label planTitle;
  @FXML private Label planSummary;
  @FXML private TreeView<String> planTree;
  @FXML private Label fileMessage;
  @FXML private Label problemsLabel;
  @FXML private VBox changesCard;
  @FXML private Label changesTitle;
  @FXML private Label changesSummary;
  @FXML private Label costDeltaLabel;
  @FXML private VBox changeLines;
  @FXML private Label changesMessage;
  @FXML private HBox replaceBox;
  @FXML private TextField replaceConfirmField;
  @FXML private VBox planCard;
  @FXML private HBox speedBox;
  @FXML private ComboBox<Double> speedChoice;

  public ReviewPageView(WizardViewModel wizard, SpecFilePicker files) {
    this.wizard = wizard;
    this.files = files;
  }

  @FXML
  private void initialize() {
    SandboxSpeedChoice.bind(speedChoice, wizard.sandboxSpeedProperty());
    speedBox
        .visibleProperty()
        .bind(wizard.credentials().modeProperty().isEqualTo(AccountMode.SANDBOX));
    speedBox.managedProperty().bind(speedBox.visibleProperty());
    column(categoryColumn, i -> i.category().label());
    column(itemColumn, CostItem::name);
    column(amountColumn, i -> String.format(Locale.ROOT, "%.2f", i.monthlyUsd()));
    column(basisColumn, CostItem::basis);
    wizard.estimateProperty().addListener((obs, old, estimate) -> showEstimate(estimate));
    showEstimate(wizard.estimateProperty().get());
    capacityLabel.textProperty().bind(wizard.capacityLineProperty());
    costTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    wizard.securityLines().addListener((ListChangeListener<String>) c -> showSecurity());
    showSecurity();
    planSummary.textProperty().bind(wizard.planSummaryProperty());
    planTree.setRoot(new TreeItem<>("plan"));
    wizard.planGroups().addListener((ListChangeListener<PlanGroups.Group>) c -> showPlan());
    showPlan();
    fileMessage.textProperty().bind(wizard.fileMessageProperty());
    wizard.fileProblemProperty().addListener((obs, old, problem) -> styleFileMessage(problem));
    styleFileMessage(wizard.fileProblemProperty().get());
    ProblemDecorations.summarize(problemsLabel, wizard.problems(), p -> true);
    showChanges(wizard.changeReview());
  }

  /** While a running cluster is edited, the diff takes the place of the full plan. */
  private void showChanges(ChangeReview review) {
    var editing = review.currentProperty().isNotNull();
    changesCard.visibleProperty().bind(editing);
    changesCard.managedProperty().bind(editing);
    planCard.visibleProperty().bind(editing.not());
    planCard.managedProperty().bind(editing.not());
    changesTitle
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    review.currentProperty().get() == null
                        ? ""
                        : "Changes to " + review.currentProperty().get().name(),
                review.currentProperty()));
    changesSummary.textProperty().bind(review.summaryProperty());
    costDeltaLabel.textProperty().bind(review.costDeltaProperty());
    changesMessage.textProperty().bind(review.messageProperty());
    replaceBox.visibleProperty().bind(review.replacementNeedsConfirmationProperty());
    replaceBox.managedProperty().bind(replaceBox.visibleProperty());
    review.groups().addListener((ListChangeListener<ChangeGroups.Group>) c -> drawChanges(review));
    drawChanges(review);
  }

  private void drawChanges(ChangeReview review) {
    changeLines.getChildren().clear();
    for (ChangeGroups.Group group : review.groups()) {
      Label title = new Label(group.title() + " (" + group.lines().size() + ")");
      title.getStyleClass().add("title-4");
      changeLines.getChildren().add(title);
      for (ChangeGroups.Line line : group.lines()) {
        Label label = new Label(line.text());
        label.setWrapText(true);
        label.getStyleClass().add(line.destructive() ? "change-destructive" : "change");
        changeLines.getChildren().add(label);
      }
    }
  }

  @FXML
  private void allowReplacement() {
    if (!wizard.changeReview().confirmReplacement(replaceConfirmField.getText())) {
      replaceConfirmField.setPromptText("the cluster's exact name");
      replaceConfirmField.clear();
    }
  }

  private void showPlan() {
    int steps = wizard.planGroups().stream().mapToInt(g -> g.items().size()).sum();
    planTitle.setText(steps == 0 ? "The plan" : "The plan — " + steps + " steps");
    planTree
        .getRoot()
        .getChildren()
        .setAll(
            wizard.planGroups().stream()
                .map(
                    group -> {
                      TreeItem<String> part =
                          new TreeItem<>(group.title() + " (" + group.items().size() + ")");
                      group
                          .items()
                          .forEach(
                              item ->
                                  part.getChildren()
                                      .add(
                                          new TreeItem<>(
                                              (item.onCriticalPath() ? CRITICAL_MARK + " " : "")
                                                  + item.description()
                                                  + (item.expected().toSeconds() >= 60
                                                      ? "  ·  ~"
                                                          + item.expected().toMinutes()
                                                          + " min"
                                                      : ""))));
                      part.setExpanded(true);
                      return part;
                    })
                .toList());
  }

  private void showSecurity() {
    securityBox
        .getChildren()
        .setAll(
            wizard.securityLines().stream()
                .map(
                    line -> {
                      Label label = new Label("• " + line);
                      label.setWrapText(true);
                      return label;
                    })
                .toList());
  }

  private void showEstimate(CostEstimate estimate) {
    if (estimate == null) {
      totalLabel.setText("—");
      breakdownLabel.setText("Fix the problems below to see the estimate.");
      costTable.getItems().clear();
      return;
    }
    totalLabel.setText(
        String.format(
            Locale.ROOT,
            "$%.2f per month%s",
            estimate.monthlyUsd(),
            estimate.exactPrices() ? "" : " (us-east-1 prices)"));
    costTable.getItems().setAll(estimate.items());
    breakdownLabel.setText(
        estimate.byCategory().entrySet().stream()
            .map(e -> String.format(Locale.ROOT, "%s $%.2f", e.getKey().label(), e.getValue()))
            .collect(java.util.stream.Collectors.joining("  ·  ")));
  }

  private static void column(
      TableColumn<CostItem, String> column, Function<CostItem, String> value) {
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
  }

  private void styleFileMessage(boolean problem) {
    fileMessage.getStyleClass().removeAll("field-error");
    if (problem) {
      fileMessage.getStyleClass().add("field-error");
    }
  }

  @FXML
  private void saveSpec() {
    files
        .fileToSave(costTable.getScene().getWindow(), wizard.nameProperty().get() + ".yaml")
        .ifPresent(wizard::saveSpec);
  }

  @FXML
  private void loadSpec() {
    files.fileToLoad(costTable.getScene().getWindow()).ifPresent(wizard::loadSpec);
  }
}
