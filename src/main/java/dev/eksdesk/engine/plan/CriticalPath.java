package dev.eksdesk.engine.plan;

import java.time.Duration;
import java.util.List;

/** The longest chain of dependent steps: no parallelism makes a run shorter than this. */
public record CriticalPath(List<String> steps, Duration duration) {
  public CriticalPath {
    steps = List.copyOf(steps);
  }
}
