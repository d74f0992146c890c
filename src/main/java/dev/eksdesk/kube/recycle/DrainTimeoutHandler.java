package dev.eksdesk.kube.recycle;

import java.util.List;

/** Asked on the recycling thread when a drain runs out of time; the UI may block it on a dialog. */
@FunctionalInterface
public interface DrainTimeoutHandler {
  DrainDecision decide(String node, List<String> remainingPods);

  /** Stops the run: the safe default when nobody is there to choose. */
  DrainTimeoutHandler ABORT = (node, pods) -> DrainDecision.ABORT;
}
