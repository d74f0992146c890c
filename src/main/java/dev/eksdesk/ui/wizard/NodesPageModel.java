package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.catalog.Architecture;
import dev.eksdesk.domain.catalog.CheapestTypeFinder;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.catalog.PodLimit;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.spec.AmiTypes;
import dev.eksdesk.domain.spec.CapacityType;
import dev.eksdesk.domain.spec.NodeGroupSpec;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.domain.spec.SshKeySpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
    instanceType.addListener((obs, old, now) -> followArchitecture(now));
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
    List<String> changes = new ArrayList<>();
    String type = best.type().name();
    if (!type.equals(instanceType.get())) {
      changes.add("instance type " + instanceType.get() + " → " + type);
    }
    String ami = amiType.get();
    instanceType.set(type); // the AMI follows the type's architecture (see the listener)
    if (!Objects.equals(ami, amiType.get())) {
      changes.add(
          "AMI type "
              + ami
              + " → "
              + amiType.get()
              + " ("
              + type
              + " is "
              + architecture(type)
              + ")");
    }
    if (best.nodes() > max.get()) {
      changes.add("max size " + max.get() + " → " + best.nodes());
      max.set(best.nodes());
    }
    if (best.nodes() > desired.get()) {
      changes.add("desired size " + desired.get() + " → " + best.nodes());
      desired.set(best.nodes());
    }
    cheapestAnswer.set(
        String.format(
                Locale.ROOT,
                "%d × %s for %d pods under %s: $%.2f/month.",
                best.nodes(),
                type,
                podsWanted.get(),
                cni.get().displayName(),
                best.monthlyUsd())
            + (changes.isEmpty() ? "" : " Changed: " + String.join("; ", changes) + "."));
  }

  /**
   * A type of another CPU architecture takes the same AMI family built for it (an arm64 type cannot
   * boot an x86 AMI).
   */
  private void followArchitecture(String type) {
    catalog
        .find(type)
        .flatMap(InstanceType::architecture)
        .filter(arch -> amiType.get() == null || AmiTypes.architecture(amiType.get()) != arch)
        .ifPresent(arch -> amiType.set(AmiTypes.counterpart(amiType.get(), arch)));
  }

  private String architecture(String type) {
    return catalog
        .find(type)
        .flatMap(InstanceType::architecture)
        .map(a -> a == Architecture.ARM64 ? "arm64" : "x86_64")
        .orElse("of another architecture");
  }

  /**
   * The generated key is named after the cluster: a renamed cluster takes its key name and file
   * along, unless the user chose other ones (AWS refuses two key pairs of one name).
   */
  void followClusterName(String oldName, String newName) {
    if (oldName == null || newName == null) {
      return;
    }
    if (Objects.equals(keyPairName.get(), oldName + "-key")) {
      keyPairName.set(newName + "-key");
    }
    if (Objects.equals(privateKeyPath.get(), "~/.ssh/" + oldName + "-key.pem")) {
      privateKeyPath.set("~/.ssh/" + newName + "-key.pem");
    }
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
