package dev.eksdesk.cli.kube;

/** What the Kubernetes commands share: how to open a cluster by name, in the sandbox or on AWS. */
public record KubeCommandContext(ClusterOpener sandbox, AwsClusterOpener aws) {

  /** Sandbox clusters only. */
  public KubeCommandContext(ClusterOpener sandbox) {
    this(sandbox, AwsClusterOpener.NONE);
  }
}
