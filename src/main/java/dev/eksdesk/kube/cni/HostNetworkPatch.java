package dev.eksdesk.kube.cni;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;

/**
 * The JSON Patch (RFC 6902) that puts a Deployment's pods on the node's network.
 *
 * <p>Not a strategic merge patch: the mock server has none. Not a JSON merge patch either, although
 * it would do for hostNetwork alone: moving a port means editing the containers list, which a merge
 * patch replaces whole on a real API server but which the mock server appends to. A JSON Patch
 * addresses list items by index and behaves the same on both, and its "test" operations make it
 * fail rather than overwrite a container someone changed in between.
 *
 * <p>On the host network a pod shares the node's ports, and the kubelet already listens on 10250,
 * where metrics-server serves by default: container port 10250 moves to 4443 (Services reach it
 * through the port's name, which stays).
 */
final class HostNetworkPatch {
  static final int KUBELET_PORT = 10250;
  static final int MOVED_PORT = 4443;
  private static final String SECURE_PORT_ARG = "--secure-port=";
  private static final ObjectMapper JSON = new ObjectMapper();

  private HostNetworkPatch() {}

  static String forDeployment(Deployment deployment) {
    ArrayNode ops = JSON.createArrayNode();
    String podSpec = "/spec/template/spec";
    add(ops, podSpec + "/hostNetwork", true);
    // Without it, a host-network pod resolves names with the node's resolver, not CoreDNS.
    add(ops, podSpec + "/dnsPolicy", "ClusterFirstWithHostNet");
    List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
    for (int c = 0; c < containers.size(); c++) {
      String container = podSpec + "/containers/" + c;
      List<ContainerPort> ports = containers.get(c).getPorts();
      for (int p = 0; ports != null && p < ports.size(); p++) {
        if (Integer.valueOf(KUBELET_PORT).equals(ports.get(p).getContainerPort())) {
          testAndReplace(
              ops, container + "/ports/" + p + "/containerPort", KUBELET_PORT, MOVED_PORT);
        }
      }
      List<String> args = containers.get(c).getArgs();
      for (int a = 0; args != null && a < args.size(); a++) {
        if (args.get(a).equals(SECURE_PORT_ARG + KUBELET_PORT)) {
          testAndReplace(
              ops,
              container + "/args/" + a,
              SECURE_PORT_ARG + KUBELET_PORT,
              SECURE_PORT_ARG + MOVED_PORT);
        }
      }
    }
    return ops.toString();
  }

  private static void add(ArrayNode ops, String path, Object value) {
    ObjectNode op = ops.addObject().put("op", "add").put("path", path);
    op.set("value", JSON.valueToTree(value));
  }

  private static void testAndReplace(ArrayNode ops, String path, Object expected, Object value) {
    ops.addObject().put("op", "test").put("path", path).set("value", JSON.valueToTree(expected));
    ops.addObject().put("op", "replace").put("path", path).set("value", JSON.valueToTree(value));
  }
}
