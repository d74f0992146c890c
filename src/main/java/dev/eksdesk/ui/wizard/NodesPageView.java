package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.spec.AmiTypes;
import dev.eksdesk.domain.spec.CapacityType;
import dev.eksdesk.domain.spec.KubernetesVersions;
import dev.eksdesk.domain.spec.SshKeyMode;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** Page 3: the instance-type table, the CNI choice with its trade-offs, the node group. */
public final class NodesPageView {
  private static final String MEMORY_NOTE =
      "Memory holds fewer pods than the kubelet's max-pods: " + PodCapacity.memoryRule() + ".";

  private final WizardViewModel wizard;
  private final NodesPageModel model;

  @FXML private TextField searchField;
  @FXML private Spinner<Integer> podsSpinner;
  @FXML private Label cheapestLabel;
  @FXML private TableView<InstanceTypeRow> typeTable;
  @FXML private TableColumn<InstanceTypeRow, String> typeColumn;
  @FXML private TableColumn<InstanceTypeRow, Integer> vcpuColumn;
  @FXML private TableColumn<InstanceTypeRow, Double> memoryColumn;
  @FXML private TableColumn<InstanceTypeRow, Integer> eniColumn;
  @FXML private TableColumn<InstanceTypeRow, Integer> ipColumn;
  @FXML private TableColumn<InstanceTypeRow, Integer> vpcPodsColumn;
  @FXML private TableColumn<InstanceTypeRow, Integer> prefixPodsColumn;
  @FXML private TableColumn<InstanceTypeRow, Integer> overlayPodsColumn;
  @FXML private TableColumn<InstanceTypeRow, Double> priceColumn;
  @FXML private TableColumn<InstanceTypeRow, Double> slotColumn;
  @FXML private RadioButton cniVpc;
  @FXML private Label cniVpcText;
  @FXML private RadioButton cniPrefix;
  @FXML private Label cniPrefixText;
  @FXML private RadioButton cniCalico;
  @FXML private Label cniCalicoText;
  @FXML private TextField typeField;
  @FXML private Spinner<Integer> desiredSpinner;
  @FXML private Spinner<Integer> minSpinner;
  @FXML private Spinner<Integer> maxSpinner;
  @FXML private ComboBox<CapacityType> capacityBox;
  @FXML private Spinner<Integer> diskSpinner;
  @FXML private ComboBox<String> amiBox;
  @FXML private ComboBox<String> versionBox;
  @FXML private ComboBox<SshKeyMode> keyModeBox;
  @FXML private TextField keyNameField;
  @FXML private TextField keyPathField;
  @FXML private Label capacityLabel;
  @FXML private Label problemsLabel;

  public NodesPageView(WizardViewModel wizard) {
    this.wizard = wizard;
    this.model = wizard.nodes();
  }

  @FXML
  private void initialize() {
    searchField.textProperty().bindBidirectional(model.searchProperty());
    spinner(podsSpinner, 1, 10_000, model.podsWantedProperty());
    cheapestLabel.textProperty().bind(model.cheapestAnswerProperty());

    SortedList<InstanceTypeRow> sorted = new SortedList<>(model.visibleRows());
    sorted.comparatorProperty().bind(typeTable.comparatorProperty());
    typeTable.setItems(sorted);
    typeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    column(typeColumn, InstanceTypeRow::name);
    column(vcpuColumn, InstanceTypeRow::vcpus);
    column(memoryColumn, InstanceTypeRow::memoryGiB);
    column(eniColumn, InstanceTypeRow::maxEnis);
    column(ipColumn, InstanceTypeRow::ipv4PerEni);
    column(vpcPodsColumn, InstanceTypeRow::maxPodsVpcCni);
    column(prefixPodsColumn, InstanceTypeRow::maxPodsPrefixDelegation);
    column(overlayPodsColumn, InstanceTypeRow::maxPodsOverlay);
    column(priceColumn, InstanceTypeRow::pricePerHour);
    column(slotColumn, InstanceTypeRow::pricePerPodSlotMonth);
    shown(priceColumn, v -> String.format(Locale.ROOT, "%.4f", v), "price unknown offline");
    shown(slotColumn, v -> String.format(Locale.ROOT, "%.2f", v), "—");
    shown(memoryColumn, v -> String.format(Locale.ROOT, "%.1f", v), "unknown");
    shown(vcpuColumn, String::valueOf, "unknown");
    pods(vpcPodsColumn, CniMode.VPC_CNI);
    pods(prefixPodsColumn, CniMode.VPC_CNI_PREFIX_DELEGATION);
    pods(overlayPodsColumn, CniMode.CALICO_OVERLAY);
    typeTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (row != null) {
                model.instanceTypeProperty().set(row.name());
              }
            });

    ToggleGroup cni = new ToggleGroup();
    cniOption(cniVpc, cniVpcText, CniMode.VPC_CNI, cni);
    cniOption(cniPrefix, cniPrefixText, CniMode.VPC_CNI_PREFIX_DELEGATION, cni);
    cniOption(cniCalico, cniCalicoText, CniMode.CALICO_OVERLAY, cni);
    cni.selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                model.cniProperty().set((CniMode) now.getUserData());
              }
            });
    model.cniProperty().addListener((obs, old, mode) -> select(cni, mode));
    select(cni, model.cniProperty().get());

    typeField.textProperty().bindBidirectional(model.instanceTypeProperty());
    spinner(desiredSpinner, 0, 450, model.desiredProperty());
    spinner(minSpinner, 0, 450, model.minProperty());
    spinner(maxSpinner, 1, 450, model.maxProperty());
    spinner(diskSpinner, 20, 16384, model.diskGiBProperty());
    capacityBox.getItems().setAll(CapacityType.values());
    capacityBox.setConverter(shownAs(FieldLabels::of));
    capacityBox.valueProperty().bindBidirectional(model.capacityTypeProperty());
    amiBox.getItems().setAll(AmiTypes.all());
    amiBox.valueProperty().bindBidirectional(model.amiTypeProperty());
    versionBox.getItems().setAll(KubernetesVersions.SUPPORTED);
    versionBox.valueProperty().bindBidirectional(model.kubernetesVersionProperty());
    keyModeBox.getItems().setAll(SshKeyMode.values());
    keyModeBox.setConverter(shownAs(FieldLabels::of));
    keyModeBox.valueProperty().bindBidirectional(model.sshKeyModeProperty());
    keyNameField.textProperty().bindBidirectional(model.keyPairNameProperty());
    keyPathField.textProperty().bindBidirectional(model.privateKeyPathProperty());
    keyPathField
        .disableProperty()
        .bind(model.sshKeyModeProperty().isNotEqualTo(SshKeyMode.GENERATE));
    capacityLabel.textProperty().bind(model.capacitySummaryProperty());

    ProblemDecorations decorations = new ProblemDecorations(wizard.problems());
    decorations.attach(typeField, "nodeGroup.instanceType");
    decorations.attach(desiredSpinner, "nodeGroup.desiredSize");
    decorations.attach(amiBox, "nodeGroup.amiType");
    ProblemDecorations.summarize(
        problemsLabel, wizard.problems(), p -> WizardPage.NODES.owns(p.path()));
  }

  @FXML
  private void findCheapest() {
    model.findCheapest();
  }

  private void cniOption(RadioButton button, Label text, CniMode mode, ToggleGroup group) {
    button.setText(mode.displayName());
    button.setUserData(mode);
    button.setToggleGroup(group);
    text.setText(mode.tradeOff());
  }

  private static void select(ToggleGroup group, CniMode mode) {
    group.getToggles().stream()
        .filter(t -> t.getUserData() == mode)
        .findFirst()
        .ifPresent(t -> t.setSelected(true));
  }

  private static <T> void column(
      TableColumn<InstanceTypeRow, T> column, Function<InstanceTypeRow, T> value) {
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
  }

  /** Pod figures, marked "mem" where memory, not addresses or the kubelet, sets them. */
  private static void pods(TableColumn<InstanceTypeRow, Integer> column, CniMode mode) {
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Integer value, boolean empty) {
                super.updateItem(value, empty);
                InstanceTypeRow row = getTableRow() == null ? null : getTableRow().getItem();
                boolean memory = row != null && row.memoryBound().contains(mode);
                setText(empty ? "" : value == null ? "—" : value + (memory ? " mem" : ""));
                setTooltip(memory ? new Tooltip(MEMORY_NOTE) : null);
              }
            });
  }

  /** Cells showing {@code absent} where the row has no figure. */
  private static <T> void shown(
      TableColumn<InstanceTypeRow, T> column, Function<T, String> format, String absent) {
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? "" : value == null ? absent : format.apply(value));
              }
            });
  }

  /** A chooser that shows its values in words; it is never typed into, so nothing is parsed. */
  private static <T> StringConverter<T> shownAs(Function<T, String> words) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : words.apply(value);
      }

      @Override
      public T fromString(String text) {
        throw new UnsupportedOperationException("the chooser is not editable");
      }
    };
  }

  private static void spinner(Spinner<Integer> spinner, int min, int max, IntegerProperty target) {
    spinner.setValueFactory(new IntegerSpinnerValueFactory(min, max, target.get()));
    spinner.setEditable(true);
    spinner.valueProperty().addListener((obs, old, now) -> target.set(now));
    target.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
  }
}
