package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.domain.spec.BastionSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.NatMode;
import dev.eksdesk.domain.spec.NetworkSpec;
import dev.eksdesk.domain.spec.Regions;
import dev.eksdesk.domain.spec.StorageSpec;
import dev.eksdesk.domain.spec.WorkerSpec;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The network page's fields. {@link #toSpec} turns them into the spec's network part. */
public final class NetworkPageModel {
  private final StringProperty vpcCidr = new SimpleStringProperty();
  private final IntegerProperty zoneCount = new SimpleIntegerProperty(2);
  private final IntegerProperty publicPrefix =
      new SimpleIntegerProperty(DefaultSpecs.PUBLIC_PREFIX);
  private final IntegerProperty privatePrefix =
      new SimpleIntegerProperty(DefaultSpecs.PRIVATE_PREFIX);
  private final ObservableList<SubnetRow> subnets =
      FXCollections.observableArrayList(row -> new Observable[] {row.cidrProperty()});
  private final ObjectProperty<NatMode> natMode = new SimpleObjectProperty<>();
  private final BooleanProperty bastion = new SimpleBooleanProperty();
  private final StringProperty bastionType = new SimpleStringProperty();
  private final StringProperty sshIngressCidr = new SimpleStringProperty();
  private final BooleanProperty worker = new SimpleBooleanProperty();
  private final StringProperty workerType = new SimpleStringProperty();
  private final BooleanProperty storage = new SimpleBooleanProperty();
  private final StringProperty bucketName = new SimpleStringProperty();
  private final BooleanProperty gatewayEndpoint = new SimpleBooleanProperty();
  private final BooleanProperty cloudTrail = new SimpleBooleanProperty();
  private final BooleanProperty flowLogs = new SimpleBooleanProperty();
  private final ReadOnlyStringWrapper layoutMessage = new ReadOnlyStringWrapper("");
  private final StringProperty region = new SimpleStringProperty(DefaultSpecs.REGION);

  public void load(NetworkSpec network, String forRegion) {
    region.set(forRegion);
    vpcCidr.set(network.vpcCidr());
    zoneCount.set(network.zones().size());
    subnets.setAll(network.subnets().stream().map(SubnetRow::new).toList());
    natMode.set(network.natMode());
    bastion.set(network.bastion().enabled());
    bastionType.set(network.bastion().instanceType());
    sshIngressCidr.set(network.bastion().sshIngressCidr());
    worker.set(network.worker().enabled());
    workerType.set(network.worker().instanceType());
    storage.set(network.storage().enabled());
    bucketName.set(network.storage().bucketName());
    gatewayEndpoint.set(network.storage().gatewayEndpoint());
    cloudTrail.set(network.cloudTrail());
    flowLogs.set(network.flowLogs());
  }

  /** Re-carves the subnets from the VPC block, the zone count and the two subnet sizes. */
  public void replanSubnets() {
    try {
      Ipv4Cidr vpc = Ipv4Cidr.parse(vpcCidr.get());
      List<String> zones = Regions.defaultZones(region.get(), zoneCount.get());
      subnets.setAll(
          DefaultSpecs.subnets(vpc, zones, publicPrefix.get(), privatePrefix.get()).stream()
              .map(SubnetRow::new)
              .toList());
      layoutMessage.set("");
    } catch (IllegalArgumentException e) {
      layoutMessage.set(e.getMessage());
    }
  }

  public NetworkSpec toSpec() {
    List<String> zones = subnets.stream().map(SubnetRow::zone).distinct().toList();
    return new NetworkSpec(
        text(vpcCidr),
        zones,
        subnets.stream().map(SubnetRow::toSpec).toList(),
        natMode.get(),
        new BastionSpec(bastion.get(), text(bastionType), text(sshIngressCidr)),
        new WorkerSpec(worker.get(), text(workerType)),
        new StorageSpec(storage.get(), text(bucketName), gatewayEndpoint.get()),
        cloudTrail.get(),
        flowLogs.get());
  }

  private static String text(StringProperty property) {
    return property.get() == null ? "" : property.get().trim();
  }

  /** Every property whose change alters the spec. */
  Observable[] dependencies() {
    return new Observable[] {
      vpcCidr,
      subnets,
      natMode,
      bastion,
      bastionType,
      sshIngressCidr,
      worker,
      workerType,
      storage,
      bucketName,
      gatewayEndpoint,
      cloudTrail,
      flowLogs
    };
  }

  public StringProperty vpcCidrProperty() {
    return vpcCidr;
  }

  public IntegerProperty zoneCountProperty() {
    return zoneCount;
  }

  public IntegerProperty publicPrefixProperty() {
    return publicPrefix;
  }

  public IntegerProperty privatePrefixProperty() {
    return privatePrefix;
  }

  public ObservableList<SubnetRow> subnets() {
    return subnets;
  }

  public ObjectProperty<NatMode> natModeProperty() {
    return natMode;
  }

  public BooleanProperty bastionProperty() {
    return bastion;
  }

  public StringProperty sshIngressCidrProperty() {
    return sshIngressCidr;
  }

  public BooleanProperty workerProperty() {
    return worker;
  }

  public BooleanProperty storageProperty() {
    return storage;
  }

  public BooleanProperty gatewayEndpointProperty() {
    return gatewayEndpoint;
  }

  public BooleanProperty cloudTrailProperty() {
    return cloudTrail;
  }

  public BooleanProperty flowLogsProperty() {
    return flowLogs;
  }

  public ReadOnlyStringProperty layoutMessageProperty() {
    return layoutMessage.getReadOnlyProperty();
  }

  public StringProperty regionProperty() {
    return region;
  }
}
