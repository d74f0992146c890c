package dev.eksdesk.ui.nodes;

/** The colour class of a pod's status as kubectl prints it. */
final class PodStatusStyle {
  private PodStatusStyle() {}

  static String of(String status) {
    return switch (status) {
      case "Running" -> "pod-running";
      case "Succeeded", "Completed" -> "pod-succeeded";
      case "Pending", "ContainerCreating", "Terminating" -> "pod-waiting";
      default -> "pod-failed";
    };
  }
}
