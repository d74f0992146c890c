package dev.eksdesk.kube;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Why a cluster's API server said no, in words that say what to do about it. */
public final class KubeFailures {
  private static final int UNAUTHORIZED = 401;
  private static final int FORBIDDEN = 403;
  private static final String VIEW_POLICY =
      "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy";
  private static final Pattern ASSUMED_ROLE =
      Pattern.compile("arn:([^:]+):sts::(\\d+):assumed-role/([^/]+)/.*");

  private KubeFailures() {}

  public static String describe(String cluster, Throwable failure) {
    return describe(cluster, Optional.empty(), failure);
  }

  /**
   * @param principal the AWS identity (an STS caller ARN) the cluster was asked as: when it
   *     refuses, the access entry and policy to add are named for it
   */
  public static String describe(String cluster, Optional<String> principal, Throwable failure) {
    Throwable cause = rootCause(failure);
    String who = principal.map(KubeFailures::iamPrincipal).orElse("");
    if (failure instanceof KubernetesClientException k && k.getCode() == UNAUTHORIZED) {
      return who.isEmpty()
          ? "Cannot reach "
              + cluster
              + ": the cluster does not accept this AWS identity. Give it access to the cluster (an"
              + " EKS access entry, or a mapping in aws-auth) and try again."
          : "Cannot reach "
              + cluster
              + ": it has no access entry for "
              + who
              + " (nor a mapping in aws-auth). Add one, then try again: aws eks"
              + " create-access-entry --cluster-name "
              + cluster
              + " --principal-arn "
              + who
              + ", and give it "
              + VIEW_POLICY
              + " (aws eks associate-access-policy).";
    }
    if (failure instanceof KubernetesClientException k && k.getCode() == FORBIDDEN) {
      return "Cannot read "
          + cluster
          + ": "
          + (who.isEmpty() ? "this identity" : who)
          + " may not list nodes and pods. Associate an access policy that can with its access"
          + " entry: "
          + VIEW_POLICY
          + " (aws eks associate-access-policy), or bind it to such a role in aws-auth.";
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

  /**
   * An access entry names the IAM role, not the session STS reports: {@code
   * arn:aws:sts::1:assumed-role/Admin/jo} is {@code arn:aws:iam::1:role/Admin}.
   */
  static String iamPrincipal(String callerArn) {
    Matcher assumed = ASSUMED_ROLE.matcher(callerArn);
    return assumed.matches()
        ? "arn:" + assumed.group(1) + ":iam::" + assumed.group(2) + ":role/" + assumed.group(3)
        : callerArn;
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
