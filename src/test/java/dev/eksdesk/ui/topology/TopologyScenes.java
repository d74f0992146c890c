package dev.eksdesk.ui.topology;

import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.EngineListener;
import dev.eksdesk.engine.exec.Operation;
import dev.eksdesk.topology.LiveTopology;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.topology.TopologyFixtures;
import java.time.Instant;

/** Topologies in the middle of a run, for the view tests and the screenshots. */
final class TopologyScenes {
  private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");

  private TopologyScenes() {}

  /** The default plan with nodes and pods, some steps ready, some creating, one failed. */
  static LiveTopology midRun() {
    Topology start = TopologyFixtures.withNodes(4, 30, 17);
    LiveTopology live = new LiveTopology(start);
    EngineListener apply = live.follow(Operation.APPLY);
    for (String step :
        new String[] {
          "vpc",
          "igw",
          "subnet:public-a",
          "subnet:public-b",
          "subnet:private-a",
          "rtb:public",
          "rtb:private-a",
          "eip:nat-a",
          "instance:bastion",
          "eks:cluster"
        }) {
      apply.on(new EngineEvent.StepStarted(AT, step, step));
      apply.on(new EngineEvent.StepSucceeded(AT, step, "id-" + step.replace(':', '-'), true));
    }
    apply.on(new EngineEvent.StepStarted(AT, "nat:a", "NAT"));
    apply.on(new EngineEvent.StepProgress(AT, "nat:a", "pending, 40 s so far"));
    apply.on(new EngineEvent.StepStarted(AT, "subnet:private-b", "Subnet"));
    apply.on(new EngineEvent.StepStarted(AT, "instance:worker", "Worker"));
    apply.on(
        new EngineEvent.StepFailed(
            AT,
            "instance:worker",
            FailureKind.QUOTA,
            "vCPU limit reached for t3 instances",
            "Ask AWS for a higher On-Demand vCPU quota"));
    apply.on(new EngineEvent.StepStarted(AT, "eks:nodegroup", "Node group"));
    return live;
  }
}
