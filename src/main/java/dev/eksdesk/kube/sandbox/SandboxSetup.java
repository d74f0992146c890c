package dev.eksdesk.kube.sandbox;

/** The outcome of the CNI ADD call the kubelet makes before a pod's containers start. */
sealed interface SandboxSetup {
  record Attached(String podIp) implements SandboxSetup {}

  /** The pod stays in ContainerCreating and the kubelet records FailedCreatePodSandBox. */
  record Failed(String message) implements SandboxSetup {}
}
