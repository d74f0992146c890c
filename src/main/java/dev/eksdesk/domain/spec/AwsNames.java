package dev.eksdesk.domain.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The AWS names Eksdesk derives from a cluster's name, and what AWS accepts for each. The planner
 * names resources with these and the validator refuses a cluster name that would make any of them
 * too long: a name cut to fit could equal another cluster's.
 */
public final class AwsNames {
  /** AWS account ids, part of the derived bucket names, are always 12 digits. */
  static final String SOME_ACCOUNT = "123456789012";

  private AwsNames() {}

  /** A derived name, what it names, and the most characters AWS allows it. */
  record Derived(String what, String name, int maxLength) {
    /** How many characters the cluster's own name may have for this one to fit. */
    int clusterNameBudget(String clusterName) {
      return maxLength - (name.length() - clusterName.length());
    }
  }

  public static String clusterRole(String cluster) {
    return cluster + "-eks-cluster";
  }

  public static String nodeRole(String cluster) {
    return cluster + "-eks-nodes";
  }

  /** The role of the bastion and the worker host. */
  public static String hostRole(String cluster) {
    return cluster + "-eks-hosts";
  }

  /** The instance profile holding {@link #hostRole}. */
  public static String hostProfile(String cluster) {
    return hostRole(cluster) + "-profile";
  }

  public static String launchTemplate(String cluster) {
    return cluster + "-nodes";
  }

  /** Security groups and instances: "control plane", "bastion", "worker". */
  public static String host(String cluster, String purpose) {
    return cluster + "-" + purpose;
  }

  public static String trail(String cluster) {
    return cluster + "-trail";
  }

  /** Bucket names are global, hence the account; S3 takes no capitals or underscores. */
  public static String bucket(String cluster, String purpose, String account) {
    return ("eksdesk-" + cluster).toLowerCase(Locale.ROOT).replace('_', '-')
        + "-"
        + purpose
        + "-"
        + account;
  }

  /** Every name this spec derives from its cluster name, with AWS's limit on each. */
  static List<Derived> of(ClusterSpec spec) {
    String cluster = spec.name();
    NetworkSpec network = spec.network();
    List<Derived> names = new ArrayList<>();
    names.add(new Derived("EKS cluster", cluster, 100));
    names.add(new Derived("IAM role", clusterRole(cluster), 64));
    names.add(new Derived("IAM role", nodeRole(cluster), 64));
    if (network.bastion().enabled() || network.worker().enabled()) {
      names.add(new Derived("IAM role", hostRole(cluster), 64));
    }
    names.add(new Derived("launch template", launchTemplate(cluster), 128));
    names.add(new Derived("security group", host(cluster, "eks-control-plane"), 255));
    if (network.storage().enabled() && network.storage().bucketName().isEmpty()) {
      names.add(new Derived("S3 bucket", bucket(cluster, "data", SOME_ACCOUNT), 63));
    }
    if (network.cloudTrail()) {
      names.add(new Derived("CloudTrail trail", trail(cluster), 128));
      names.add(new Derived("S3 bucket", bucket(cluster, "trail", SOME_ACCOUNT), 63));
    }
    if (network.flowLogs()) {
      names.add(new Derived("S3 bucket", bucket(cluster, "flowlogs", SOME_ACCOUNT), 63));
    }
    return names;
  }
}
