package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.spec.SubnetKind;
import dev.eksdesk.domain.spec.SubnetSpec;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable subnet of the network page. */
public final class SubnetRow {
  private final String name;
  private final String zone;
  private final SubnetKind kind;
  private final StringProperty cidr;

  public SubnetRow(SubnetSpec subnet) {
    this.name = subnet.name();
    this.zone = subnet.zone();
    this.kind = subnet.kind();
    this.cidr = new SimpleStringProperty(subnet.cidr());
  }

  public String name() {
    return name;
  }

  public String zone() {
    return zone;
  }

  public SubnetKind kind() {
    return kind;
  }

  public StringProperty cidrProperty() {
    return cidr;
  }

  public SubnetSpec toSpec() {
    return new SubnetSpec(name, zone, kind, cidr.get() == null ? "" : cidr.get().trim());
  }
}
