package dev.eksdesk.topology;

/** The few states a pod mark is coloured by. */
public enum PodStatus {
  RUNNING,
  STARTING,
  FAILED,
  COMPLETED;

  /**
   * Reads the STATUS column of {@code kubectl get pods}: Running, Pending, ContainerCreating,
   * CrashLoopBackOff, Succeeded, Completed, Terminating...
   */
  public static PodStatus fromKubectl(String status) {
    if (status == null) {
      return STARTING;
    }
    return switch (status) {
      case "Running" -> RUNNING;
      case "Succeeded", "Completed" -> COMPLETED;
      case "Pending", "ContainerCreating", "PodInitializing", "Terminating" -> STARTING;
      default -> status.startsWith("Init:") ? STARTING : FAILED;
    };
  }
}
