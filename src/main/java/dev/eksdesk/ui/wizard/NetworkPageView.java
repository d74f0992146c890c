package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.domain.spec.NatMode;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;

/** Page 2: the VPC, its subnets drawn to scale, NAT, bastion and the extras. */
public final class NetworkPageView {
  private final WizardViewModel wizard;
  private final NetworkPageModel model;
  private final PriceBook prices;
  private final CidrMap map = new CidrMap();

  @FXML private TextField vpcField;
  @FXML private Spinner<Integer> zonesSpinner;
  @FXML private Spinner<Integer> publicPrefixSpinner;
  @FXML private Spinner<Integer> privatePrefixSpinner;
  @FXML private Label layoutMessage;
  @FXML private Label vpcMessage;
  @FXML private Label subnetsMessage;
  @FXML private VBox mapHost;
  @FXML private TableView<SubnetRow> subnetTable;
  @FXML private TableColumn<SubnetRow, String> nameColumn;
  @FXML private TableColumn<SubnetRow, String> zoneColumn;
  @FXML private TableColumn<SubnetRow, String> kindColumn;
  @FXML private TableColumn<SubnetRow, String> cidrColumn;
  @FXML private TableColumn<SubnetRow, String> usableColumn;
  @FXML private RadioButton natNone;
  @FXML private RadioButton natSingle;
  @FXML private RadioButton natPerZone;
  @FXML private CheckBox bastionBox;
  @FXML private TextField sshIngressField;
  @FXML private CheckBox workerBox;
  @FXML private CheckBox storageBox;
  @FXML private CheckBox endpointBox;
  @FXML private CheckBox cloudTrailBox;
  @FXML private CheckBox flowLogsBox;
  @FXML private Label problemsLabel;

  public NetworkPageView(WizardViewModel wizard, PriceBook prices) {
    this.wizard = wizard;
    this.model = wizard.network();
    this.prices = prices;
  }

  @FXML
  private void initialize() {
    vpcField.textProperty().bindBidirectional(model.vpcCidrProperty());
    bindSpinner(zonesSpinner, 2, 6, model.zoneCountProperty().get(), model.zoneCountProperty());
    bindSpinner(
        publicPrefixSpinner,
        16,
        28,
        model.publicPrefixProperty().get(),
        model.publicPrefixProperty());
    bindSpinner(
        privatePrefixSpinner,
        16,
        28,
        model.privatePrefixProperty().get(),
        model.privatePrefixProperty());
    layoutMessage.textProperty().bind(model.layoutMessageProperty());
    layoutMessage.visibleProperty().bind(model.layoutMessageProperty().isNotEmpty());
    layoutMessage.managedProperty().bind(layoutMessage.visibleProperty());
    showBeside(vpcMessage, wizard.vpcCidrMessageBinding());
    showBeside(subnetsMessage, wizard.subnetsMessageBinding());

    mapHost.getChildren().add(map);
    Runnable redraw = () -> map.show(model.vpcCidrProperty().get(), model.subnets());
    model.subnets().addListener((ListChangeListener<SubnetRow>) c -> redraw.run());
    model.vpcCidrProperty().addListener(obs -> redraw.run());
    redraw.run();

    subnetTable.setItems(model.subnets());
    subnetTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
    zoneColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().zone()));
    kindColumn.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(c.getValue().kind().name().toLowerCase(Locale.ROOT)));
    cidrColumn.setCellValueFactory(c -> c.getValue().cidrProperty());
    cidrColumn.setCellFactory(TextFieldTableCell.forTableColumn());
    usableColumn.setCellValueFactory(c -> c.getValue().cidrProperty().map(NetworkPageView::usable));

    ToggleGroup nat = new ToggleGroup();
    bindNat(natNone, NatMode.NONE, "None", nat);
    bindNat(natSingle, NatMode.SINGLE, "One, shared", nat);
    bindNat(natPerZone, NatMode.PER_ZONE, "One per zone", nat);
    nat.selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                model.natModeProperty().set((NatMode) now.getUserData());
              }
            });
    model.natModeProperty().addListener((obs, old, mode) -> selectNat(nat, mode));
    selectNat(nat, model.natModeProperty().get());
    wizard.regionProperty().addListener(obs -> labelNat());
    model.zoneCountProperty().addListener(obs -> labelNat());

    bastionBox.selectedProperty().bindBidirectional(model.bastionProperty());
    sshIngressField.textProperty().bindBidirectional(model.sshIngressCidrProperty());
    sshIngressField.disableProperty().bind(model.bastionProperty().not());
    workerBox.selectedProperty().bindBidirectional(model.workerProperty());
    storageBox.selectedProperty().bindBidirectional(model.storageProperty());
    endpointBox.selectedProperty().bindBidirectional(model.gatewayEndpointProperty());
    endpointBox.disableProperty().bind(model.storageProperty().not());
    cloudTrailBox.selectedProperty().bindBidirectional(model.cloudTrailProperty());
    flowLogsBox.selectedProperty().bindBidirectional(model.flowLogsProperty());

    ProblemDecorations decorations = new ProblemDecorations(wizard.problems());
    decorations.attach(vpcField, "network.vpcCidr");
    decorations.attach(sshIngressField, "network.bastion.sshIngressCidr");
    decorations.attach(subnetTable, "network.subnets");
    ProblemDecorations.summarize(
        problemsLabel, wizard.problems(), p -> WizardPage.NETWORK.owns(p.path()));
  }

  /**
   * A field's own message right under it, in room kept for it (two lines, the style's
   * field-message) so that the form does not move while the user types.
   */
  private static void showBeside(Label label, ObservableStringValue message) {
    label.getStyleClass().add("field-message");
    label.textProperty().bind(message);
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
  }

  private static String usable(String cidr) {
    try {
      Ipv4Cidr block = Ipv4Cidr.parse(cidr);
      return block.usableInAwsSubnet() + " of " + block.size();
    } catch (IllegalArgumentException e) {
      return "invalid";
    }
  }

  private void bindNat(RadioButton button, NatMode mode, String title, ToggleGroup group) {
    button.setUserData(mode);
    button.setToggleGroup(group);
    button.getProperties().put("title", title);
    labelNat();
  }

  private void labelNat() {
    var p = prices.forRegion(wizard.regionProperty().get());
    int zones = model.zoneCountProperty().get();
    for (RadioButton button : new RadioButton[] {natNone, natSingle, natPerZone}) {
      if (button == null || button.getUserData() == null) {
        continue;
      }
      NatMode mode = (NatMode) button.getUserData();
      double monthly = mode.gateways(zones) * (p.natGatewayPerHour() + p.publicIpv4PerHour()) * 730;
      button.setText(
          String.format(
              Locale.ROOT, "%s — $%.0f/month", button.getProperties().get("title"), monthly));
      button.setTooltip(new javafx.scene.control.Tooltip(mode.explanation()));
    }
  }

  private static void selectNat(ToggleGroup group, NatMode mode) {
    group.getToggles().stream()
        .filter(t -> t.getUserData() == mode)
        .findFirst()
        .ifPresent(t -> t.setSelected(true));
  }

  private static void bindSpinner(
      Spinner<Integer> spinner,
      int min,
      int max,
      int initial,
      javafx.beans.property.IntegerProperty target) {
    spinner.setValueFactory(new IntegerSpinnerValueFactory(min, max, initial));
    spinner.setEditable(true);
    spinner.valueProperty().addListener((obs, old, now) -> target.set(now));
  }

  @FXML
  private void replan() {
    model.replanSubnets();
  }
}
