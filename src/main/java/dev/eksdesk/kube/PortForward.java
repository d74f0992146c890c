package dev.eksdesk.kube;

import io.fabric8.kubernetes.client.LocalPortForward;
import java.io.IOException;

/**
 * A local port on this machine's loopback that reaches a port of a pod through the API server,
 * until closed.
 *
 * @see KubeGateway#forwardToPod
 */
public final class PortForward implements AutoCloseable {
  private final String target;
  private final int remotePort;
  private final LocalPortForward forward;
  private final int localPort;

  PortForward(String target, int remotePort, LocalPortForward forward) {
    this.target = target;
    this.remotePort = remotePort;
    this.forward = forward;
    // fabric8 cannot tell the port once the local socket is closed; it is still named afterwards
    this.localPort = forward.getLocalPort();
  }

  /** What it reaches, as "pod default/web-7d9f" or "service default/web → pod default/web-7d9f". */
  public String target() {
    return target;
  }

  public int remotePort() {
    return remotePort;
  }

  public int localPort() {
    return localPort;
  }

  /** Whether it still accepts connections. */
  public boolean alive() {
    return forward.isAlive();
  }

  @Override
  public void close() {
    try {
      forward.close();
    } catch (IOException e) {
      // the local socket is released either way
    }
  }
}
