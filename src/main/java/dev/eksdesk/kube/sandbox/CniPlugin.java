package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.WellKnown;
import java.util.Arrays;
import java.util.Optional;

/**
 * A CNI plugin as the kubelet sees it: a configuration file its agent DaemonSet writes into
 * /etc/cni/net.d. The file stays when the agent goes, and the kubelet uses the first file in
 * lexical order; that is why replacing aws-node with Calico needs new nodes.
 */
enum CniPlugin {
  AWS_VPC_CNI("10-aws.conflist", "aws-vpc-cni", WellKnown.AWS_NODE),
  CALICO("10-calico.conflist", "calico", WellKnown.CALICO_NODE);

  final String configFile;
  final String displayName;
  final String agentDaemonSet;

  CniPlugin(String configFile, String displayName, String agentDaemonSet) {
    this.configFile = configFile;
    this.displayName = displayName;
    this.agentDaemonSet = agentDaemonSet;
  }

  static Optional<CniPlugin> ofAgent(String daemonSetName) {
    return Arrays.stream(values()).filter(p -> p.agentDaemonSet.equals(daemonSetName)).findFirst();
  }
}
