package dev.eksdesk.kube;

import io.fabric8.kubernetes.client.KubernetesClientException;

/** Why a log cannot be read, in the API server's words when it gave some. */
final class LogFailures {
  private LogFailures() {}

  static String describe(LogRequest request, Throwable failure) {
    Throwable cause = failure;
    while (!(cause instanceof KubernetesClientException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof KubernetesClientException k && k.getStatus() != null) {
      String message = k.getStatus().getMessage();
      if (message != null && !message.isBlank()) {
        return "The log of " + request.pod() + " cannot be read: " + message + ".";
      }
    }
    return "The log of " + request.pod() + " stopped: " + failure.getMessage();
  }
}
