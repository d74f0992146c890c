package dev.eksdesk.ui.nodes;

import dev.eksdesk.kube.recycle.DrainDecision;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A drain ran out of time and the user chose to be asked: the recycling thread waits on {@code
 * answer} while the screen shows the question.
 */
public record DrainQuestion(
    String node, List<String> remainingPods, CompletableFuture<DrainDecision> answer) {

  public DrainQuestion {
    remainingPods = List.copyOf(remainingPods);
  }
}
