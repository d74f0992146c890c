package dev.eksdesk.cli.kube;

/** What the Kubernetes commands share: how to open a sandbox cluster by name. */
public record KubeCommandContext(ClusterOpener sandbox) {}
