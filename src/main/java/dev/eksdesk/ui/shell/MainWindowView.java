package dev.eksdesk.ui.shell;

import dev.eksdesk.ui.fx.WholeText;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: navigation on the left, the chosen screen, the account in the status bar. */
public final class MainWindowView {
  private final MainWindowViewModel viewModel;
  private final Function<Section, Node> screens;
  private final Map<Section, Node> built = new EnumMap<>(Section.class);

  @FXML private VBox navigation;
  @FXML private StackPane content;
  @FXML private Label accountLabel;
  @FXML private Label clusterLabel;
  @FXML private Label regionLabel;
  @FXML private ToggleButton themeToggle;
  @FXML private Hyperlink openLogFolder;

  public MainWindowView(MainWindowViewModel viewModel, Function<Section, Node> screens) {
    this.viewModel = viewModel;
    this.screens = screens;
  }

  @FXML
  private void initialize() {
    ToggleGroup group = new ToggleGroup();
    for (Section section : Section.values()) {
      ToggleButton button = new ToggleButton(section.title(), new FontIcon(section.iconLiteral()));
      button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
      button.getStyleClass().add("nav-button");
      button.setMaxWidth(Double.MAX_VALUE);
      button.setToggleGroup(group);
      button.setUserData(section);
      button.setSelected(section == viewModel.sectionProperty().get());
      navigation.getChildren().add(button);
    }
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true); // one section is always shown
              } else {
                viewModel.navigate((Section) now.getUserData());
              }
            });
    WholeText.tooltipsForCutText(content);
    viewModel.sectionProperty().addListener((obs, old, now) -> show(now, group));
    show(viewModel.sectionProperty().get(), group);

    accountLabel.textProperty().bind(viewModel.accountLabelProperty());
    regionLabel.textProperty().bind(viewModel.regionLabelProperty());
    clusterLabel.textProperty().bind(viewModel.clusterLabelProperty());
    themeToggle.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
    themeToggle.setGraphic(new FontIcon("mdi2t-theme-light-dark"));
    openLogFolder.setTooltip(new Tooltip("The day's log files: " + viewModel.logFolder()));
    openLogFolder.setOnAction(e -> viewModel.openLogFolder());
  }

  private void show(Section section, ToggleGroup group) {
    group.getToggles().stream()
        .filter(t -> t.getUserData() == section)
        .findFirst()
        .ifPresent(t -> t.setSelected(true));
    content.getChildren().setAll(built.computeIfAbsent(section, this::build));
  }

  private Node build(Section section) {
    Node screen = screens.apply(section);
    WholeText.keepControlsWhole(screen);
    return screen;
  }
}
