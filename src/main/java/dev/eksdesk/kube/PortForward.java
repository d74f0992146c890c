package dev.eksdesk.kube;

/**
 * A local port on this machine's loopback that reaches a port of a pod through the API server,
 * until closed.
 *
 * @see KubeGateway#forwardToPod
 */
public interface PortForward extends AutoCloseable {
  /** What it reaches, as "pod default/web-7d9f" or "service default/web → pod default/web-7d9f". */
  String target();

  int remotePort();

  int localPort();

  /** Whether it still accepts connections. */
  boolean alive();

  void close();
}
