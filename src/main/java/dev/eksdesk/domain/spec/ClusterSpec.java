package dev.eksdesk.domain.spec;

import static dev.eksdesk.domain.spec.Require.present;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eksdesk.domain.catalog.CniMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the wizard collects: the one input of planning, saved as a YAML file.
 *
 * @param state where the cluster's journal lives: empty (this machine, the default) or {@code
 *     s3://bucket/prefix}, shared by a team ({@link StateLocation})
 */
public record ClusterSpec(
    String name,
    String region,
    ControlPlaneSpec controlPlane,
    NetworkSpec network,
    NodeGroupSpec nodeGroup,
    CniMode cni,
    SshKeySpec sshKey,
    Map<String, String> tags,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) String state) {

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
    state = state == null ? "" : state.trim();
  }

  /** A spec whose journal stays on this machine. */
  public ClusterSpec(
      String name,
      String region,
      ControlPlaneSpec controlPlane,
      NetworkSpec network,
      NodeGroupSpec nodeGroup,
      CniMode cni,
      SshKeySpec sshKey,
      Map<String, String> tags) {
    this(name, region, controlPlane, network, nodeGroup, cni, sshKey, tags, "");
  }

  /** The shared location of the journal, when the spec names a valid one. */
  public Optional<StateLocation> stateLocation() {
    return state.isEmpty() || StateLocation.problem(state).isPresent()
        ? Optional.empty()
        : Optional.of(StateLocation.parse(state));
  }

  public ClusterSpec withState(String newState) {
    return new ClusterSpec(
        name, region, controlPlane, network, nodeGroup, cni, sshKey, tags, newState);
  }

  public ClusterSpec withName(String newName) {
    return new ClusterSpec(
        newName, region, controlPlane, network, nodeGroup, cni, sshKey, tags, state);
  }

  public ClusterSpec withRegion(String newRegion) {
    return new ClusterSpec(
        name, newRegion, controlPlane, network, nodeGroup, cni, sshKey, tags, state);
  }

  public ClusterSpec withNetwork(NetworkSpec newNetwork) {
    return new ClusterSpec(
        name, region, controlPlane, newNetwork, nodeGroup, cni, sshKey, tags, state);
  }

  public ClusterSpec withNodeGroup(NodeGroupSpec newNodeGroup) {
    return new ClusterSpec(
        name, region, controlPlane, network, newNodeGroup, cni, sshKey, tags, state);
  }

  public ClusterSpec withCni(CniMode newCni) {
    return new ClusterSpec(
        name, region, controlPlane, network, nodeGroup, newCni, sshKey, tags, state);
  }

  public ClusterSpec withSshKey(SshKeySpec newKey) {
    return new ClusterSpec(
        name, region, controlPlane, network, nodeGroup, cni, newKey, tags, state);
  }

  public ClusterSpec withControlPlane(ControlPlaneSpec newControlPlane) {
    return new ClusterSpec(
        name, region, newControlPlane, network, nodeGroup, cni, sshKey, tags, state);
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
