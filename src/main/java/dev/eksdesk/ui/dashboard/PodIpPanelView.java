package dev.eksdesk.ui.dashboard;

import dev.eksdesk.insight.Advice;
import dev.eksdesk.insight.NodeAddressUse;
import dev.eksdesk.insight.SubnetAddressUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Pods and addresses per node against their limits, ENI by ENI, subnets, and the advice. */
public final class PodIpPanelView {
  private final PodIpPanelViewModel model;

  @FXML private TableView<NodeSaturationRow> nodeTable;
  @FXML private TableColumn<NodeSaturationRow, String> nodeColumn;
  @FXML private TableColumn<NodeSaturationRow, String> typeColumn;
  @FXML private TableColumn<NodeSaturationRow, String> cniColumn;
  @FXML private TableColumn<NodeSaturationRow, String> podsColumn;
  @FXML private TableColumn<NodeSaturationRow, String> addressesColumn;
  @FXML private TableColumn<NodeSaturationRow, String> warmColumn;
  @FXML private TableColumn<NodeSaturationRow, NodeSaturationRow> saturationColumn;
  @FXML private TableColumn<NodeSaturationRow, String> stuckColumn;
  @FXML private ListView<String> detailList;
  @FXML private TableView<SubnetAddressUse> subnetTable;
  @FXML private TableColumn<SubnetAddressUse, String> subnetColumn;
  @FXML private TableColumn<SubnetAddressUse, String> cidrColumn;
  @FXML private TableColumn<SubnetAddressUse, String> freeColumn;
  @FXML private TableColumn<SubnetAddressUse, String> heldColumn;
  @FXML private VBox adviceBox;

  private final Optional<PodIpRemedies> remedies;

  /** Where the prefix-delegation check, its Apply and its plan show, in that advice's card. */
  private final VBox prefixPanel = new VBox(4);

  public PodIpPanelView(PodIpPanelViewModel model) {
    this(model, Optional.empty());
  }

  /** With buttons on the advice cards that start the remedies. */
  public PodIpPanelView(PodIpPanelViewModel model, PodIpRemedies remedies) {
    this(model, Optional.of(remedies));
  }

  private PodIpPanelView(PodIpPanelViewModel model, Optional<PodIpRemedies> remedies) {
    this.model = model;
    this.remedies = remedies;
  }

  @FXML
  private void initialize() {
    text(nodeColumn, r -> shortNode(r.use().node()));
    text(typeColumn, r -> r.use().instanceType());
    text(cniColumn, r -> shortName(r.use().mode()));
    text(podsColumn, r -> r.use().podsRunning() + " / " + r.use().maxPods());
    text(addressesColumn, r -> r.use().addressesInUse() + " / " + r.use().addressCapacity());
    text(warmColumn, r -> Integer.toString(r.use().warmAddresses()));
    text(
        stuckColumn,
        r ->
            r.use().podsWaitingForAddress() == 0
                ? ""
                : Integer.toString(r.use().podsWaitingForAddress()));
    saturationColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
    saturationColumn.setCellFactory(column -> new SaturationCell());
    nodeTable.setItems(model.nodes());
    nodeTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, row) -> showDetail(row));
    model
        .nodes()
        .addListener(
            (ListChangeListener<NodeSaturationRow>)
                c -> {
                  if (nodeTable.getSelectionModel().isEmpty() && !model.nodes().isEmpty()) {
                    nodeTable.getSelectionModel().selectFirst();
                  }
                });

    subnetTable.setItems(model.subnets());
    subnetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
    cidrColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cidr()));
    freeColumn.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().free())));
    heldColumn.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(c.getValue().held() + " / " + c.getValue().usable()));
    model.advice().addListener((ListChangeListener<Advice>) c -> drawAdvice());
    remedies.ifPresent(r -> buildPrefixPanel(r.prefixDelegation()));
    drawAdvice();
  }

  private void buildPrefixPanel(PrefixDelegationViewModel prefix) {
    ListView<String> lines = new ListView<>(prefix.lines());
    lines.setId("prefixDelegationPlan");
    lines.setPrefHeight(180);
    Label status = new Label();
    status.setId("prefixDelegationStatus");
    status.setWrapText(true);
    status.textProperty().bind(prefix.messageProperty());
    Button apply = new Button("Apply prefix delegation");
    apply.setId("applyPrefixDelegationButton");
    apply.getStyleClass().add("accent");
    apply
        .disableProperty()
        .bind(prefix.phaseProperty().isNotEqualTo(PrefixDelegationViewModel.Phase.READY));
    apply.setOnAction(e -> prefix.apply());
    prefixPanel.getChildren().setAll(status, apply, lines);
    prefixPanel
        .visibleProperty()
        .bind(
            prefix
                .phaseProperty()
                .isNotEqualTo(PrefixDelegationViewModel.Phase.IDLE)
                .or(prefix.messageProperty().isNotEmpty()));
    prefixPanel.managedProperty().bind(prefixPanel.visibleProperty());
  }

  /**
   * The button that starts the card's remedy; none for advice to read or a remedy built elsewhere.
   */
  private Optional<Node> remedyButton(Advice advice) {
    return remedies.flatMap(
        r ->
            switch (advice.remedy()) {
              case PREFIX_DELEGATION ->
                  Optional.<Node>of(
                      button(
                          "Enable prefix delegation…",
                          "prefixDelegationButton",
                          () -> r.prefixDelegation().check()));
              case CALICO_SWAP ->
                  Optional.<Node>of(button("Swap to Calico…", "calicoSwapButton", r.openCniSwap()));
              case LARGER_TYPE ->
                  Optional.<Node>of(
                      new HBox(
                          8,
                          button(
                              "Change node type…",
                              "largerTypeButton",
                              () ->
                                  r.openRetype()
                                      .accept(
                                          Optional.of(advice.suggestedType())
                                              .filter(type -> !type.isEmpty()))),
                          button("Scale…", "scaleButton", r.openScale())));
              case NONE -> Optional.empty();
            });
  }

  private static Button button(String text, String id, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setOnAction(e -> action.run());
    return button;
  }

  private void showDetail(NodeSaturationRow row) {
    if (row == null) {
      detailList.getItems().clear();
      return;
    }
    List<String> lines = new ArrayList<>(row.enis());
    row.stuckPods().forEach(pod -> lines.add("Stuck: " + pod));
    detailList.getItems().setAll(lines);
  }

  private void drawAdvice() {
    adviceBox.getChildren().clear();
    if (model.advice().isEmpty()) {
      Label fine = new Label("Every node and subnet has room. Nothing to do.");
      fine.getStyleClass().add("text-muted");
      adviceBox.getChildren().add(fine);
      return;
    }
    for (Advice advice : model.advice()) {
      Label title = new Label(advice.title());
      title.getStyleClass().add("advice-title");
      title.setWrapText(true);
      Label detail = new Label(advice.detail());
      detail.getStyleClass().add("explain");
      detail.setWrapText(true);
      VBox card = new VBox(2, title, detail);
      remedyButton(advice).ifPresent(card.getChildren()::add);
      if (advice.remedy() == Advice.Remedy.PREFIX_DELEGATION && remedies.isPresent()) {
        card.getChildren().add(prefixPanel);
      }
      card.getStyleClass()
          .addAll("advice", "advice-" + advice.severity().name().toLowerCase(Locale.ROOT));
      adviceBox.getChildren().add(card);
    }
  }

  /**
   * A bar coloured by how full the node is, with the percentage beside it (over the bar's strong
   * colours it was unreadable in the dark theme).
   */
  private static final class SaturationCell
      extends TableCell<NodeSaturationRow, NodeSaturationRow> {
    private final ProgressBar bar = new ProgressBar();
    private final Label percent = new Label();
    private final HBox graphic = new HBox(6, bar, percent);

    SaturationCell() {
      graphic.setAlignment(Pos.CENTER_LEFT);
      HBox.setHgrow(bar, Priority.ALWAYS);
      bar.setMaxWidth(Double.MAX_VALUE);
      bar.setMinWidth(30);
      percent.setMinWidth(Region.USE_PREF_SIZE);
      bar.getStyleClass().add("saturation-bar");
      percent.getStyleClass().add("saturation-text");
    }

    @Override
    protected void updateItem(NodeSaturationRow row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setGraphic(null);
        return;
      }
      NodeAddressUse use = row.use();
      bar.setProgress(use.saturation());
      bar.getStyleClass().removeAll("ok", "warning", "critical");
      bar.getStyleClass().add(row.level());
      percent.setText(String.format(Locale.ROOT, "%.0f %%", use.saturation() * 100));
      setGraphic(graphic);
    }
  }

  /** "ip-10-0-16-4.eu-central-1.compute.internal" → "ip-10-0-16-4": the rest is the same. */
  private static String shortNode(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static String shortName(dev.eksdesk.domain.catalog.CniMode mode) {
    return switch (mode) {
      case VPC_CNI -> "VPC CNI";
      case VPC_CNI_PREFIX_DELEGATION -> "VPC CNI /28";
      case CALICO_OVERLAY -> "Calico";
    };
  }

  private static void text(
      TableColumn<NodeSaturationRow, String> column, Function<NodeSaturationRow, String> value) {
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
  }
}
