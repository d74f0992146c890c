package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.OperatorAddress;
import java.util.ArrayList;
import java.util.List;

/** The security facts of a spec a reviewer should see before pressing Create. */
final class SecurityPosture {
  private SecurityPosture() {}

  static List<String> of(ClusterSpec spec) {
    List<String> lines = new ArrayList<>();
    var bastion = spec.network().bastion();
    if (bastion.enabled()) {
      lines.add(
          "SSH to the bastion only from " + describe(bastion.sshIngressCidr()) + " (port 22)");
    } else {
      lines.add("No bastion: no SSH entry point from the internet");
    }
    lines.add(
        "Kubernetes API: private endpoint on; public endpoint only from "
            + String.join(
                ", ",
                spec.controlPlane().publicAccessCidrs().stream()
                    .map(SecurityPosture::describe)
                    .toList()));
    lines.add(
        "Nodes: IMDSv2 required, hop limit 1; node role limited to the three EKS worker policies");
    lines.add("Root volumes of the nodes and the hosts encrypted (EBS, the account's default key)");
    if (bastion.enabled() || spec.network().worker().enabled()) {
      lines.add(
          "Hosts: instance profile with SSM access only (AmazonSSMManagedInstanceCore), so"
              + " Session Manager works without SSH");
    }
    lines.add("VPC's default security group emptied (all its rules revoked)");
    if (spec.network().storage().enabled()) {
      lines.add(
          "S3 buckets: all four Block Public Access flags on, default encryption, versioning,"
              + " requests without TLS denied");
      if (spec.network().storage().gatewayEndpoint()) {
        lines.add(
            "S3 gateway endpoint policy: the cluster's bucket, ECR image layers and Amazon Linux"
                + " packages only");
      }
    }
    lines.add(
        spec.network().flowLogs()
            ? "VPC flow logs on (all traffic, into their own S3 bucket)"
            : "VPC flow logs off");
    lines.add(
        spec.controlPlane().auditLogging()
            ? "Control-plane audit logging on"
            : "Control-plane audit logging OFF");
    lines.add(spec.network().cloudTrail() ? "CloudTrail on" : "CloudTrail off");
    return lines;
  }

  private static String describe(String cidr) {
    return OperatorAddress.isPlaceholder(cidr) ? "your own address (/32)" : cidr;
  }
}
