package dev.eksdesk.domain.spec;

import static dev.eksdesk.domain.spec.Require.present;

import dev.eksdesk.domain.net.Ipv4Cidr;

/** One subnet: its zone, whether it is public, and its address block (as typed). */
public record SubnetSpec(String name, String zone, SubnetKind kind, String cidr) {
  public SubnetSpec {
    present(name, "name");
    present(zone, "zone");
    present(kind, "kind");
    present(cidr, "cidr");
  }

  public Ipv4Cidr block() {
    return Ipv4Cidr.parse(cidr);
  }
}
