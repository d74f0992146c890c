package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.LocalPortForward;
import java.net.BindException;
import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Opens port forwards as {@code kubectl port-forward} does: to a pod, or to a Service through one
 * of its ready pods (the port the Service maps to). Listens on loopback only, so nobody else on the
 * network reaches the cluster through this machine.
 */
final class PortForwarder {
  private final KubernetesClient client;

  PortForwarder(KubernetesClient client) {
    this.client = client;
  }

  /**
   * @param localPort 0 for any free port
   */
  PortForward toPod(String namespace, String pod, int remotePort, int localPort) {
    if (client.pods().inNamespace(namespace).withName(pod).get() == null) {
      throw new PortForwardException(
          "Pod " + namespace + "/" + pod + " is gone: pick one from the table again.");
    }
    return open("pod " + namespace + "/" + pod, namespace, pod, remotePort, localPort);
  }

  PortForward toService(String namespace, String name, int servicePort, int localPort) {
    Service service = client.services().inNamespace(namespace).withName(name).get();
    if (service == null) {
      throw new PortForwardException("Service " + namespace + "/" + name + " is gone.");
    }
    if (service.getSpec().getSelector() == null || service.getSpec().getSelector().isEmpty()) {
      throw new PortForwardException(
          "Service "
              + namespace
              + "/"
              + name
              + " selects no pods (it has no selector), so there is no pod to forward to.");
    }
    Pod pod =
        client
            .pods()
            .inNamespace(namespace)
            .withLabels(service.getSpec().getSelector())
            .list()
            .getItems()
            .stream()
            .filter(Pods::isReady)
            .min(Comparator.comparing(p -> p.getMetadata().getName()))
            .orElseThrow(
                () ->
                    new PortForwardException(
                        "Service "
                            + namespace
                            + "/"
                            + name
                            + " has no ready pod to forward to; try again once one is Ready."));
    ServicePort port =
        service.getSpec().getPorts().stream()
            .filter(p -> Objects.equals(p.getPort(), servicePort))
            .findFirst()
            .orElseThrow(
                () ->
                    new PortForwardException(
                        "Service " + namespace + "/" + name + " has no port " + servicePort + "."));
    int podPort = targetPort(port, pod);
    return open(
        "service " + namespace + "/" + name + " → pod " + pod.getMetadata().getName(),
        namespace,
        pod.getMetadata().getName(),
        podPort,
        localPort);
  }

  /** The pod's port a Service port leads to: a number, or a container port's name. */
  private static int targetPort(ServicePort port, Pod pod) {
    IntOrString target = port.getTargetPort();
    if (target == null || (target.getIntVal() == null && target.getStrVal() == null)) {
      return port.getPort();
    }
    if (target.getIntVal() != null) {
      return target.getIntVal();
    }
    return pod.getSpec().getContainers().stream()
        .flatMap(
            c -> c.getPorts() == null ? List.<ContainerPort>of().stream() : c.getPorts().stream())
        .filter(p -> target.getStrVal().equals(p.getName()))
        .map(ContainerPort::getContainerPort)
        .findFirst()
        .orElseThrow(
            () ->
                new PortForwardException(
                    "Pod "
                        + pod.getMetadata().getName()
                        + " has no port named \""
                        + target.getStrVal()
                        + "\", which the Service forwards to."));
  }

  private PortForward open(
      String target, String namespace, String pod, int remotePort, int localPort) {
    if (remotePort < 1 || remotePort > 65535 || localPort < 0 || localPort > 65535) {
      throw new PortForwardException(
          "Ports are numbers from 1 to 65535 (leave the local port empty for a free one).");
    }
    LocalPortForward forward;
    try {
      forward =
          client
              .pods()
              .inNamespace(namespace)
              .withName(pod)
              .portForward(remotePort, InetAddress.getLoopbackAddress(), localPort);
    } catch (RuntimeException e) {
      if (causedByBind(e)) {
        throw new PortForwardException(
            "Local port "
                + localPort
                + " is already in use by another program. Choose another port, or leave it"
                + " empty for a free one.",
            e);
      }
      throw new PortForwardException("The port forward did not start: " + e.getMessage(), e);
    }
    return new Fabric8PortForward(target, remotePort, forward);
  }

  private static boolean causedByBind(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }
}
