package dev.eksdesk.kube.cni;

import dev.eksdesk.domain.net.Ipv4Cidr;

/** Whether Calico's pool can coexist with the VPC: overlapping ranges would make routes lie. */
public record CidrCheck(String calicoPool, String vpcCidr, boolean overlaps, String verdict) {

  static CidrCheck of(String calicoPool, String vpcCidr) {
    boolean overlaps = Ipv4Cidr.parse(calicoPool).overlaps(Ipv4Cidr.parse(vpcCidr));
    String verdict =
        overlaps
            ? "Calico's pool "
                + calicoPool
                + " overlaps the VPC "
                + vpcCidr
                + ": pods would get addresses that also belong to nodes or load balancers."
                + " Set CALICO_IPV4POOL_CIDR to a range outside the VPC."
            : "Calico's pool " + calicoPool + " is outside the VPC " + vpcCidr + ".";
    return new CidrCheck(calicoPool, vpcCidr, overlaps, verdict);
  }
}
