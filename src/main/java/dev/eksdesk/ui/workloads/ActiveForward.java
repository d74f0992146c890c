package dev.eksdesk.ui.workloads;

import dev.eksdesk.kube.PortForward;

/** A port forward the user started, as the list of active forwards shows it. */
public record ActiveForward(PortForward forward) {
  /** "localhost:8080 → pod default/web-1:80". */
  public String describe() {
    return "localhost:"
        + forward.localPort()
        + " → "
        + forward.target()
        + ":"
        + forward.remotePort();
  }

  public String url() {
    return "http://localhost:" + forward.localPort() + "/";
  }
}
