package dev.eksdesk.domain.spec;

import static dev.eksdesk.domain.spec.Require.present;

import dev.eksdesk.domain.catalog.CniMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Everything the wizard collects: the one input of planning, saved as a YAML file. */
public record ClusterSpec(
    String name,
    String region,
    ControlPlaneSpec controlPlane,
    NetworkSpec network,
    NodeGroupSpec nodeGroup,
    CniMode cni,
    SshKeySpec sshKey,
    Map<String, String> tags) {

  /** EKS cluster names: letters, digits, hyphens and underscores, starting with a letter. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}");

  public ClusterSpec {
    present(name, "name");
    present(region, "region");
    present(controlPlane, "controlPlane");
    present(network, "network");
    present(nodeGroup, "nodeGroup");
    present(cni, "cni");
    present(sshKey, "sshKey");
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }

  public ClusterSpec withName(String newName) {
    return new ClusterSpec(newName, region, controlPlane, network, nodeGroup, cni, sshKey, tags);
  }

  public ClusterSpec withRegion(String newRegion) {
    return new ClusterSpec(name, newRegion, controlPlane, network, nodeGroup, cni, sshKey, tags);
  }

  public ClusterSpec withNetwork(NetworkSpec newNetwork) {
    return new ClusterSpec(name, region, controlPlane, newNetwork, nodeGroup, cni, sshKey, tags);
  }

  public ClusterSpec withNodeGroup(NodeGroupSpec newNodeGroup) {
    return new ClusterSpec(name, region, controlPlane, network, newNodeGroup, cni, sshKey, tags);
  }

  public ClusterSpec withCni(CniMode newCni) {
    return new ClusterSpec(name, region, controlPlane, network, nodeGroup, newCni, sshKey, tags);
  }

  public ClusterSpec withSshKey(SshKeySpec newKey) {
    return new ClusterSpec(name, region, controlPlane, network, nodeGroup, cni, newKey, tags);
  }

  public ClusterSpec withControlPlane(ControlPlaneSpec newControlPlane) {
    return new ClusterSpec(name, region, newControlPlane, network, nodeGroup, cni, sshKey, tags);
  }

  /**
   * This spec with the API endpoint and the bastion's SSH reachable only from the operator's
   * address ("my-ip", resolved when planned): what {@code access follow-ip} applies after the
   * operator's address changed.
   */
  public ClusterSpec withAccessFromOperatorOnly() {
    String operator = OperatorAddress.PLACEHOLDER;
    return withControlPlane(controlPlane.withPublicAccessCidrs(List.of(operator)))
        .withNetwork(network.withBastion(network.bastion().withSshIngressCidr(operator)));
  }
}
