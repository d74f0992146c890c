package dev.eksdesk.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineEventStatesTest {
  private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");
  private final LiveTopology live = new LiveTopology(TopologyFixtures.defaultPlan());

  @Test
  void anApplyMovesElementsFromPlannedThroughCreatingToReady() {
    var listener = live.follow(Operation.APPLY);
    listener.on(new EngineEvent.StepStarted(AT, "vpc", "VPC"));
    assertThat(state("vpc")).isEqualTo(ElementState.CREATING);

    listener.on(new EngineEvent.StepProgress(AT, "vpc", "pending, 3 s so far"));
    assertThat(element("vpc").stateReason()).isEqualTo("pending, 3 s so far");

    listener.on(new EngineEvent.StepSucceeded(AT, "vpc", "vpc-0abc", true));
    assertThat(state("vpc")).isEqualTo(ElementState.READY);
    assertThat(element("vpc").details()).containsEntry(Details.ID, "vpc-0abc");
    assertThat(state("igw")).isEqualTo(ElementState.PLANNED);
  }

  @Test
  void aFailureShowsItsCauseAndNextActionAndSkipsKeepTheirState() {
    var listener = live.follow(Operation.APPLY);
    listener.on(
        new EngineEvent.StepRetrying(
            AT, "nat:a", FailureKind.THROTTLED, "Rate exceeded", 2, Duration.ofSeconds(4)));
    assertThat(element("nat:a").stateReason()).contains("attempt 2").contains("Rate exceeded");

    listener.on(
        new EngineEvent.StepFailed(
            AT,
            "nat:a",
            FailureKind.QUOTA,
            "NAT gateway limit exceeded",
            "Ask for a higher quota"));
    listener.on(new EngineEvent.StepSkipped(AT, "eks:nodegroup", "nat:a failed"));

    assertThat(state("nat:a")).isEqualTo(ElementState.FAILED);
    assertThat(element("nat:a").details()).containsEntry("Next action", "Ask for a higher quota");
    assertThat(state("eks:nodegroup")).isEqualTo(ElementState.PLANNED);
    assertThat(element("eks:nodegroup").stateReason()).isEqualTo("Skipped: nat:a failed");
  }

  @Test
  void aDestroyMovesElementsThroughDeletingToDeleted() {
    var listener = live.follow(Operation.DESTROY);
    listener.on(new EngineEvent.StepStarted(AT, "subnet:public-a", "Subnet"));
    assertThat(state("subnet:public-a")).isEqualTo(ElementState.DELETING);
    listener.on(new EngineEvent.StepSucceeded(AT, "subnet:public-a", "subnet-1", true));
    assertThat(state("subnet:public-a")).isEqualTo(ElementState.DELETED);
  }

  @Test
  void listenersSeeEveryChangeInOrderAndStepsThatAreNotDrawnChangeNothing() throws Exception {
    List<Topology> seen = new ArrayList<>();
    try (AutoCloseable subscription = live.subscribe(seen::add)) {
      var listener = live.follow(Operation.APPLY);
      listener.on(new EngineEvent.StepStarted(AT, "role:cluster", "IAM role"));
      listener.on(new EngineEvent.StepStarted(AT, "igw", "Internet gateway"));
      listener.on(new EngineEvent.StepSucceeded(AT, "igw", "igw-1", true));
    }
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0).element("igw").orElseThrow().state()).isEqualTo(ElementState.CREATING);
    assertThat(seen.get(1).element("igw").orElseThrow().state()).isEqualTo(ElementState.READY);
  }

  private ElementState state(String id) {
    return element(id).state();
  }

  private Element element(String id) {
    return live.current().element(id).orElseThrow();
  }
}
