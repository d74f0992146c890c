package dev.eksdesk.engine.plan;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Writes a plan in words: a summary line, then each step with what it waits for. */
final class PlanText {
  private PlanText() {}

  static String describe(Plan plan, StepTimings timings) {
    CriticalPath critical = plan.criticalPath(timings);
    StringBuilder text = new StringBuilder();
    text.append("Plan for cluster \"")
        .append(plan.cluster())
        .append("\": ")
        .append(plan.size())
        .append(" steps, expected ")
        .append(duration(critical.duration()))
        .append(" (one at a time: ")
        .append(duration(plan.sequentialDuration(timings)))
        .append(").\n");
    text.append("Critical path: ").append(String.join(" -> ", critical.steps())).append("\n");
    Map<String, Integer> number = new HashMap<>();
    int n = 0;
    for (Step step : plan.steps()) {
      number.put(step.id(), ++n);
      text.append(String.format("%3d. %s [%s]", n, step.description(), step.id()));
      if (!step.dependsOn().isEmpty()) {
        text.append(" after ");
        text.append(
            String.join(", ", step.dependsOn().stream().map(d -> "#" + number.get(d)).toList()));
      }
      text.append("\n");
    }
    return text.toString();
  }

  /** "9 min 30 s", "45 s". */
  static String duration(Duration d) {
    long minutes = d.toMinutes();
    long seconds = d.toSecondsPart();
    return minutes == 0 ? seconds + " s" : minutes + " min " + seconds + " s";
  }
}
