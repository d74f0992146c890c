package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.catalog.CheapestTypeFinder;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.catalog.PodLimit;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.spec.CapacityType;
import dev.eksdesk.domain.spec.NodeGroupSpec;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.domain.spec.SshKeySpec;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The nodes page: the instance-type table, the CNI choice and the node group's settings. */
public final class NodesPageModel {
  private final InstanceCatalog catalog;
  private final CostEstimator costs;
  private final ObservableList<InstanceTypeRow> rows = FXCollections.observableArrayList();
  private final FilteredList<InstanceTypeRow> visibleRows = new FilteredList<>(rows);
  private final StringProperty search = new SimpleStringProperty("");
  private final StringProperty region = new SimpleStringProperty();
  private final StringProperty instanceType = new SimpleStringProperty();
  private final ObjectProperty<CniMode> cni = new SimpleObjectProperty<>();
  private final IntegerProperty desired = new SimpleIntegerProperty();
  private final IntegerProperty min = new SimpleIntegerProperty();
  private final IntegerProperty max = new SimpleIntegerProperty();
  private final ObjectProperty<CapacityType> capacityType = new SimpleObjectProperty<>();
  private final IntegerProperty diskGiB = new SimpleIntegerProperty();
  private final StringProperty amiType = new SimpleStringProperty();
  private final StringProperty kubernetesVersion = new SimpleStringProperty();
  private final ObjectProperty<SshKeyMode> sshKeyMode = new SimpleObjectProperty<>();
  private final StringProperty keyPairName = new SimpleStringProperty();
  private final StringProperty privateKeyPath = new SimpleStringProperty();

  /** Kept from a loaded spec: the wizard has no control for it, only the file does. */
  private boolean keyOutsideHomeAllowed;

  private final IntegerProperty podsWanted = new SimpleIntegerProperty(20);
  private final ReadOnlyStringWrapper cheapestAnswer = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper capacitySummary = new ReadOnlyStringWrapper("");
  private String nodeGroupName = "workers";

  /** Kept from a loaded spec (the file sets them), so an edit in the wizard does not drop them. */
  private java.util.Map<String, String> nodeLabels = java.util.Map.of();

  private java.util.List<String> nodeTaints = java.util.List.of();

  public NodesPageModel(InstanceCatalog catalog, CostEstimator costs) {
    this.catalog = catalog;
    this.costs = costs;
    search.addListener((obs, old, text) -> applySearch(text));
    region.addListener((obs, old, now) -> refreshRows());
    cni.addListener((obs, old, now) -> refreshRows());
    for (Observable o : new Observable[] {instanceType, cni, desired, max}) {
      o.addListener(obs -> updateCapacitySummary());
    }
  }

  public void load(
      NodeGroupSpec group, CniMode mode, SshKeySpec key, String version, String forRegion) {
    nodeGroupName = group.name();
    nodeLabels = group.labels();
    nodeTaints = group.taints();
    region.set(forRegion);
    instanceType.set(group.instanceType());
    cni.set(mode);
    desired.set(group.desiredSize());
    min.set(group.minSize());
    max.set(group.maxSize());
    capacityType.set(group.capacityType());
    diskGiB.set(group.diskGiB());
    amiType.set(group.amiType());
    kubernetesVersion.set(version);
    sshKeyMode.set(key.mode());
    keyPairName.set(key.keyPairName());
    privateKeyPath.set(key.privateKeyPath());
    keyOutsideHomeAllowed = key.allowOutsideHome();
    refreshRows();
  }

  private void refreshRows() {
    if (region.get() == null || cni.get() == null) {
      return;
    }
    // types priced in the region first, so the table opens on what the estimate can count
    rows.setAll(
        catalog.all().stream()
            .map(t -> InstanceTypeRow.of(t, cni.get(), region.get(), costs))
            .sorted(Comparator.comparing(row -> row.pricePerHour() == null))
            .toList());
    updateCapacitySummary();
  }

  private void applySearch(String text) {
    String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    visibleRows.setPredicate(row -> needle.isEmpty() || row.name().contains(needle));
  }

  /** Answers the "cheapest type for N pods" question for the chosen CNI mode and region. */
  public void findCheapest() {
    if (podsWanted.get() < 1) {
      cheapestAnswer.set("Enter how many pods you want to run (1 or more).");
      return;
    }
    var options =
        new CheapestTypeFinder(catalog).cheapest(podsWanted.get(), cni.get(), region.get(), 1);
    if (options.isEmpty()) {
      cheapestAnswer.set("No priced instance type in " + region.get() + ".");
      return;
    }
    var best = options.get(0);
    cheapestAnswer.set(
        String.format(
            Locale.ROOT,
            "%d × %s for %d pods under %s: $%.2f/month",
            best.nodes(),
            best.type().name(),
            podsWanted.get(),
            cni.get().displayName(),
            best.monthlyUsd()));
    instanceType.set(best.type().name());
    if (best.nodes() > max.get()) {
      max.set(best.nodes());
    }
    desired.set(Math.max(desired.get(), best.nodes()));
  }

  private void updateCapacitySummary() {
    var type = catalog.find(instanceType.get());
    if (type.isEmpty() || cni.get() == null) {
      capacitySummary.set("");
      return;
    }
    PodLimit limit = PodCapacity.limit(type.get(), cni.get());
    int perNode = limit.pods();
    capacitySummary.set(
        String.format(
            Locale.ROOT,
            "%s under %s: %d pods per node (2 of them EKS's own; %s binds), %d at desired size,"
                + " %d at max.",
            type.get().name(),
            cni.get().displayName(),
            perNode,
            limit.bound().label(),
            perNode * desired.get(),
            perNode * max.get()));
  }

  public NodeGroupSpec toNodeGroup() {
    return new NodeGroupSpec(
        nodeGroupName,
        instanceType.get() == null ? "" : instanceType.get().trim(),
        desired.get(),
        min.get(),
        max.get(),
        capacityType.get(),
        diskGiB.get(),
        amiType.get(),
        nodeLabels,
        nodeTaints);
  }

  public SshKeySpec toSshKey() {
    return new SshKeySpec(
        sshKeyMode.get(), keyPairName.get(), privateKeyPath.get(), keyOutsideHomeAllowed);
  }

  Observable[] dependencies() {
    return new Observable[] {
      instanceType,
      cni,
      desired,
      min,
      max,
      capacityType,
      diskGiB,
      amiType,
      kubernetesVersion,
      sshKeyMode,
      keyPairName,
      privateKeyPath
    };
  }

  public FilteredList<InstanceTypeRow> visibleRows() {
    return visibleRows;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public StringProperty instanceTypeProperty() {
    return instanceType;
  }

  public ObjectProperty<CniMode> cniProperty() {
    return cni;
  }

  public IntegerProperty desiredProperty() {
    return desired;
  }

  public IntegerProperty minProperty() {
    return min;
  }

  public IntegerProperty maxProperty() {
    return max;
  }

  public ObjectProperty<CapacityType> capacityTypeProperty() {
    return capacityType;
  }

  public IntegerProperty diskGiBProperty() {
    return diskGiB;
  }

  public StringProperty amiTypeProperty() {
    return amiType;
  }

  public StringProperty kubernetesVersionProperty() {
    return kubernetesVersion;
  }

  public ObjectProperty<SshKeyMode> sshKeyModeProperty() {
    return sshKeyMode;
  }

  public StringProperty keyPairNameProperty() {
    return keyPairName;
  }

  public StringProperty privateKeyPathProperty() {
    return privateKeyPath;
  }

  public IntegerProperty podsWantedProperty() {
    return podsWanted;
  }

  public ReadOnlyStringProperty cheapestAnswerProperty() {
    return cheapestAnswer.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty capacitySummaryProperty() {
    return capacitySummary.getReadOnlyProperty();
  }

  public StringProperty regionProperty() {
    return region;
  }
}
