package dev.eksdesk.kube;

/** A port forward that could not start; the message says why and what to do, for the user. */
public final class PortForwardException extends RuntimeException {
  PortForwardException(String message, Throwable cause) {
    super(message, cause);
  }

  PortForwardException(String message) {
    super(message);
  }
}
