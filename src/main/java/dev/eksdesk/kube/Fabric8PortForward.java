package dev.eksdesk.kube;

import io.fabric8.kubernetes.client.LocalPortForward;
import java.io.IOException;

/** PortForward through fabric8. */
public final class Fabric8PortForward implements PortForward {
  private final String target;
  private final int remotePort;
  private final LocalPortForward forward;
  private final int localPort;

  Fabric8PortForward(String target, int remotePort, LocalPortForward forward) {
    this.target = target;
    this.remotePort = remotePort;
    this.forward = forward;
    // fabric8 cannot tell the port once the local socket is closed; it is still named afterwards
    this.localPort = forward.getLocalPort();
  }

  @Override
  public String target() {
    return target;
  }

  @Override
  public int remotePort() {
    return remotePort;
  }

  @Override
  public int localPort() {
    return localPort;
  }

  @Override
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
