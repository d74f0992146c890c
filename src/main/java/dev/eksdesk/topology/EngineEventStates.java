package dev.eksdesk.topology;

import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.Operation;
import java.util.Collections;
import java.util.Map;

/** What one engine event does to the element of its step; the run's direction decides the words. */
public final class EngineEventStates {
  private EngineEventStates() {}

  public static Topology apply(Topology topology, EngineEvent event, Operation operation) {
    boolean destroy = operation == Operation.DESTROY;
    if (event instanceof EngineEvent.StepStarted started) {
      return topology.withState(
          started.stepId(), destroy ? ElementState.DELETING : ElementState.CREATING, "");
    }
    if (event instanceof EngineEvent.StepProgress progress) {
      return keepState(topology, progress.stepId(), progress.message());
    }
    if (event instanceof EngineEvent.StepRetrying retrying) {
      return keepState(
          topology,
          retrying.stepId(),
          "Retrying (attempt " + retrying.attempt() + "): " + retrying.cause());
    }
    if (event instanceof EngineEvent.StepSucceeded succeeded) {
      Topology next =
          topology.withState(
              succeeded.stepId(), destroy ? ElementState.DELETED : ElementState.READY, "");
      return destroy ? next : next.withDetails(succeeded.stepId(), idDetail(succeeded));
    }
    if (event instanceof EngineEvent.StepFailed failed) {
      return topology
          .withState(failed.stepId(), ElementState.FAILED, failed.cause())
          .withDetails(
              failed.stepId(),
              Map.of("Failure", failed.cause(), "Next action", failed.nextAction()));
    }
    if (event instanceof EngineEvent.StepSkipped skipped) {
      return keepState(topology, skipped.stepId(), "Skipped: " + skipped.reason());
    }
    return topology; // RunFinished: every step has reported already
  }

  private static Map<String, String> idDetail(EngineEvent.StepSucceeded succeeded) {
    return Collections.singletonMap(Details.ID, succeeded.resourceId());
  }

  private static Topology keepState(Topology topology, String stepId, String reason) {
    return topology
        .element(stepId)
        .map(e -> topology.withState(stepId, e.state(), reason))
        .orElse(topology);
  }
}
