package dev.eksdesk.kube;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import java.net.UnknownHostException;

/** Why a cluster's API server said no, in words that say what to do about it. */
public final class KubeFailures {
  private static final int UNAUTHORIZED = 401;
  private static final int FORBIDDEN = 403;

  private KubeFailures() {}

  public static String describe(String cluster, Throwable failure) {
    Throwable cause = rootCause(failure);
    if (failure instanceof KubernetesClientException k && k.getCode() == UNAUTHORIZED) {
      return "Cannot reach "
          + cluster
          + ": the cluster does not accept this AWS identity. Give it access to the cluster (an EKS"
          + " access entry, or a mapping in aws-auth) and try again.";
    }
    if (failure instanceof KubernetesClientException k && k.getCode() == FORBIDDEN) {
      return "Cannot read "
          + cluster
          + ": this identity may not list nodes and pods. Bind it to a role that can (for example"
          + " the AmazonEKSViewPolicy access policy).";
    }
    if (cause instanceof UnknownHostException || cause instanceof ConnectException) {
      return "Cannot reach "
          + cluster
          + "'s API server ("
          + cause.getMessage()
          + "). If its endpoint is private, connect from inside the VPC; otherwise check your"
          + " network.";
    }
    return "Cannot reach " + cluster + ": " + failure.getMessage();
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
