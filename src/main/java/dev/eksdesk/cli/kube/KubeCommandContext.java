package dev.eksdesk.cli.kube;

import dev.eksdesk.cloud.AwsAccounts;

/**
 * What the Kubernetes commands share: how to open a cluster by name, in the sandbox or on AWS, and
 * the AWS accounts that AWS clusters are opened in.
 */
public record KubeCommandContext(
    ClusterOpener sandbox, AwsClusterOpener aws, AwsAccounts accounts) {

  /** Sandbox clusters only. */
  public KubeCommandContext(ClusterOpener sandbox) {
    this(sandbox, AwsClusterOpener.NONE);
  }

  /** AWS accounts are given later, by the command line ({@link #withAccounts}). */
  public KubeCommandContext(ClusterOpener sandbox, AwsClusterOpener aws) {
    this(sandbox, aws, AwsAccounts.NONE);
  }

  public KubeCommandContext withAccounts(AwsAccounts given) {
    return new KubeCommandContext(sandbox, aws, given);
  }
}
