package dev.eksdesk.session;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's name, as a shared lock names where its holder runs. */
final class HostName {
  private HostName() {}

  static String local() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      String variable = System.getenv("HOSTNAME");
      return variable == null || variable.isBlank() ? "an unnamed host" : variable;
    }
  }
}
