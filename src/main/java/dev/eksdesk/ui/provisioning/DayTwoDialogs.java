package dev.eksdesk.ui.provisioning;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.ChangeCost;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.KubernetesSupport;
import dev.eksdesk.domain.spec.KubernetesVersions;
import dev.eksdesk.domain.spec.NodeGroupSpec;
import dev.eksdesk.session.UpgradePreflight;
import dev.eksdesk.ui.fx.UiExecutors;
import dev.eksdesk.ui.wizard.InstanceTypeRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The dialogs of Scale, Change node type and Upgrade on a running cluster: each answers the edit of
 * the cluster's spec that the Review page then diffs against the account. Figures come from the
 * bundled catalog and prices (no account call), so they are drawn on the FX thread.
 */
public final class DayTwoDialogs {
  private final InstanceCatalog catalog;
  private final CostEstimator costs;
  private final Clock clock;
  private final UpgradeChecks upgradeChecks;
  private final UiExecutors executors;

  /** An upgrade's preflight for the edited spec; reads the account (off the FX thread). */
  public interface UpgradeChecks {
    UpgradePreflight check(ClusterSpec edited) throws Exception;
  }

  public DayTwoDialogs(
      InstanceCatalog catalog,
      CostEstimator costs,
      Clock clock,
      UpgradeChecks upgradeChecks,
      UiExecutors executors) {
    this.catalog = catalog;
    this.costs = costs;
    this.clock = clock;
    this.upgradeChecks = upgradeChecks;
    this.executors = executors;
  }

  /**
   * Shows the dialog on the cluster of the run screen and hands the confirmed edit to its change:
   * the wizard's Review page with the diff, then the run.
   */
  public void offer(
      ProvisioningViewModel runs,
      java.util.function.Function<ClusterSpec, Dialog<UnaryOperator<ClusterSpec>>> dialog) {
    ClusterSpec spec = runs.clusterProperty().get();
    if (spec != null) {
      dialog.apply(spec).showAndWait().ifPresent(runs::change);
    }
  }

  /** Min, desired and max, with the pods that would fit and the cost delta as they change. */
  public Dialog<UnaryOperator<ClusterSpec>> scale(ClusterSpec spec) {
    NodeGroupSpec group = spec.nodeGroup();
    Spinner<Integer> min = spinner("scale-min", group.minSize());
    Spinner<Integer> desired = spinner("scale-desired", group.desiredSize());
    Spinner<Integer> max = spinner("scale-max", group.maxSize());
    Label preview = new Label();
    preview.setId("scale-preview");
    preview.setWrapText(true);
    Supplier<UnaryOperator<ClusterSpec>> edit =
        () -> {
          int d = desired.getValue();
          int low = min.getValue();
          int high = max.getValue();
          return s -> s.withNodeGroup(s.nodeGroup().withSizes(d, low, high));
        };
    Runnable update = () -> preview.setText(previewOf(spec, edit.get().apply(spec)));
    for (Spinner<Integer> spinner : java.util.List.of(min, desired, max)) {
      spinner.valueProperty().addListener((obs, old, now) -> update.run());
    }
    update.run();
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label("Fewest nodes"), min);
    grid.addRow(1, new Label("Desired nodes"), desired);
    grid.addRow(2, new Label("Most nodes"), max);
    return dialog("Scale " + spec.name(), new VBox(12, grid, preview), edit);
  }

  /**
   * The instance-type table: max pods per CNI mode, memory, price per pod slot, the current type
   * marked and selected.
   */
  public Dialog<UnaryOperator<ClusterSpec>> retype(ClusterSpec spec) {
    return retype(spec, Optional.empty());
  }

  /**
   * The instance-type table with the current type marked, and the suggested one (an advice card's)
   * selected, its room for pods and cost already shown.
   */
  public Dialog<UnaryOperator<ClusterSpec>> retype(ClusterSpec spec, Optional<String> suggested) {
    TableView<InstanceTypeRow> table = new TableView<>();
    table.setId("retype-table");
    table.setPrefSize(760, 360);
    String current = spec.nodeGroup().instanceType();
    catalog.all().stream()
        .map(t -> InstanceTypeRow.of(t, spec.cni(), spec.region(), costs))
        .sorted(
            Comparator.comparing(
                InstanceTypeRow::pricePerHour, Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(table.getItems()::add);
    table
        .getColumns()
        .add(column("Type", r -> r.name().equals(current) ? r.name() + " (now)" : r.name()));
    table.getColumns().add(column("Memory GiB", InstanceTypeRow::memoryGiB));
    table.getColumns().add(column("Max pods VPC CNI", InstanceTypeRow::maxPodsVpcCni));
    table.getColumns().add(column("Prefix delegation", InstanceTypeRow::maxPodsPrefixDelegation));
    table.getColumns().add(column("Overlay", InstanceTypeRow::maxPodsOverlay));
    table
        .getColumns()
        .add(
            column(
                "$ per pod slot / month",
                r ->
                    r.pricePerPodSlotMonth() == null
                        ? ""
                        : String.format(Locale.ROOT, "%.2f", r.pricePerPodSlotMonth())));
    table.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(InstanceTypeRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("current-type");
                if (!empty && row != null && row.name().equals(current)) {
                  getStyleClass().add("current-type");
                }
              }
            });
    String selected = suggested.orElse(current);
    table.getItems().stream()
        .filter(r -> r.name().equals(selected))
        .findFirst()
        .ifPresent(
            r -> {
              table.getSelectionModel().select(r);
              table.scrollTo(r);
            });
    Label preview = new Label();
    preview.setId("retype-preview");
    preview.setWrapText(true);
    Supplier<UnaryOperator<ClusterSpec>> edit =
        () -> {
          InstanceTypeRow chosen = table.getSelectionModel().getSelectedItem();
          String type = chosen == null ? current : chosen.name();
          return s -> s.withNodeGroup(s.nodeGroup().withInstanceType(type));
        };
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> preview.setText(previewOf(spec, edit.get().apply(spec))));
    preview.setText(previewOf(spec, edit.get().apply(spec)));
    Label note =
        new Label(
            "A new node group of the chosen type is made first; the old one is deleted after"
                + " (create before destroy).");
    note.setWrapText(true);
    return dialog(
        "Change the node type of " + spec.name(), new VBox(12, table, preview, note), edit);
  }

  /** The next minor version, with its support end and fee and the current one's. */
  public Dialog<UnaryOperator<ClusterSpec>> upgrade(ClusterSpec spec) {
    String now = spec.controlPlane().kubernetesVersion();
    Optional<String> next = nextVersion(now);
    LocalDate today = LocalDate.now(clock);
    Label support = new Label();
    support.setId("upgrade-support");
    support.setWrapText(true);
    support.setText(
        next.map(
                v ->
                    "Kubernetes "
                        + now
                        + " → "
                        + v
                        + ": the control plane first, then the add-ons to their versions for "
                        + v
                        + ", then the nodes (rolling).\nNow "
                        + KubernetesSupport.describe(now, today)
                        + "\nAfter "
                        + KubernetesSupport.describe(v, today))
            .orElse(
                "Kubernetes "
                    + now
                    + " is the newest version this Eksdesk offers. "
                    + KubernetesSupport.describe(now, today)));
    UnaryOperator<ClusterSpec> edit =
        s -> next.map(v -> s.withControlPlane(s.controlPlane().withKubernetesVersion(v))).orElse(s);
    Label preflight = new Label(next.isPresent() ? "Checking what blocks the upgrade…" : "");
    preflight.setId("upgrade-preflight");
    preflight.setWrapText(true);
    Dialog<UnaryOperator<ClusterSpec>> dialog =
        dialog("Upgrade " + spec.name(), new VBox(12, support, preflight), () -> edit);
    javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.setDisable(true);
    next.ifPresent(v -> checkUpgrade(edit.apply(spec), preflight, ok));
    return dialog;
  }

  /** The preflight off the FX thread; Review is offered once nothing blocks. */
  private void checkUpgrade(ClusterSpec edited, Label preflight, javafx.scene.Node ok) {
    executors
        .background()
        .execute(
            () -> {
              String text;
              boolean blocked;
              try {
                UpgradePreflight result = upgradeChecks.check(edited);
                text = String.join("\n", result.lines());
                blocked = result.blocked();
              } catch (Exception e) {
                text = "The upgrade cannot be planned: " + e.getMessage();
                blocked = true;
              }
              String shown = text;
              boolean disable = blocked;
              executors
                  .fx()
                  .execute(
                      () -> {
                        preflight.setText(shown);
                        ok.setDisable(disable);
                      });
            });
  }

  private String previewOf(ClusterSpec before, ClusterSpec after) {
    try {
      return ChangeCost.line(costs, before, after);
    } catch (RuntimeException e) {
      return ""; // sizes the validator refuses (min above max): the Review page says why
    }
  }

  private static Optional<String> nextVersion(String version) {
    int minor = Integer.parseInt(version.substring(version.indexOf('.') + 1));
    String next = version.substring(0, version.indexOf('.') + 1) + (minor + 1);
    return KubernetesVersions.SUPPORTED.contains(next) ? Optional.of(next) : Optional.empty();
  }

  private static Spinner<Integer> spinner(String id, int value) {
    Spinner<Integer> spinner = new Spinner<>(0, 100, value);
    spinner.setId(id);
    spinner.setEditable(true);
    return spinner;
  }

  private static <T> TableColumn<InstanceTypeRow, T> column(
      String title, Function<InstanceTypeRow, T> value) {
    TableColumn<InstanceTypeRow, T> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    return column;
  }

  /**
   * OK answers the edit, its figures read from the controls on the FX thread, as a function of the
   * kept spec; Cancel answers nothing.
   */
  private static Dialog<UnaryOperator<ClusterSpec>> dialog(
      String title, javafx.scene.Node content, Supplier<UnaryOperator<ClusterSpec>> edit) {
    Dialog<UnaryOperator<ClusterSpec>> dialog = new Dialog<>();
    dialog.setTitle(title);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK))
        .setText("Review…");
    dialog.getDialogPane().lookupButton(ButtonType.OK).setId("day-two-review");
    dialog.setResultConverter(button -> button == ButtonType.OK ? edit.get() : null);
    return dialog;
  }
}
