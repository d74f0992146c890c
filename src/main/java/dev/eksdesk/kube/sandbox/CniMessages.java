package dev.eksdesk.kube.sandbox;

/** The messages the real plugins give, so that what users search for is what they see. */
final class CniMessages {
  static final String REASON_SANDBOX_FAILED = "FailedCreatePodSandBox";

  static final String NO_CNI_CONFIG =
      "container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady"
          + " message:Network plugin returns error: cni plugin not initialized";

  private CniMessages() {}

  static String noAddress(CniPlugin plugin, String podUid) {
    return switch (plugin) {
      case AWS_VPC_CNI ->
          prefix(podUid, "aws-cni") + "add cmd: failed to assign an IP address to container";
      case CALICO -> prefix(podUid, "calico") + "no more free affine blocks in the IP pool";
    };
  }

  /** The plugin's configuration is still there but its agent no longer runs on the node. */
  static String agentDown(CniPlugin plugin, String podUid) {
    return switch (plugin) {
      case AWS_VPC_CNI ->
          prefix(podUid, "aws-cni")
              + "add cmd: Error received from AddNetwork gRPC call: rpc error: code = Unavailable"
              + " desc = connection error: desc = \"transport: Error while dialing: dial tcp"
              + " 127.0.0.1:50051: connect: connection refused\"";
      case CALICO ->
          prefix(podUid, "calico")
              + "stat /var/lib/calico/nodename: no such file or directory: check that the"
              + " calico/node container is running and has mounted /var/lib/calico/";
    };
  }

  private static String prefix(String podUid, String type) {
    String sandbox = Integer.toHexString(podUid.hashCode());
    return "Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network"
        + " for sandbox \""
        + sandbox
        + "\": plugin type=\""
        + type
        + "\" name=\""
        + type
        + "\" failed (add): ";
  }
}
