package dev.eksdesk.kube.cni;

import java.util.List;

/** Progress of a CNI swap, for the UI's step list and the CLI's progress lines. */
public sealed interface SwapEvent {
  /** The preflight found a reason not to touch the cluster. */
  record Refused(String reason) implements SwapEvent {}

  record StepStarted(SwapStep step) implements SwapEvent {}

  /** A resumed swap found this step's outcome already in place. */
  record StepAlreadyDone(SwapStep step) implements SwapEvent {}

  record StepSucceeded(SwapStep step, List<String> details) implements SwapEvent {
    public StepSucceeded {
      details = List.copyOf(details);
    }
  }

  /** What went wrong and what the user can do; running the swap again resumes here. */
  record StepFailed(SwapStep step, String what, String whatToDo) implements SwapEvent {}

  record Finished(boolean succeeded) implements SwapEvent {}
}
