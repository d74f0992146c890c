package dev.eksdesk.engine.plan;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A validated DAG of steps for one cluster, in a topological order (a step comes after all it
 * depends on). Immutable; the engine walks it forwards to apply and backwards to destroy.
 */
public final class Plan {
  private final String cluster;
  private final Map<String, Step> steps;
  private final Map<String, List<String>> dependents;

  private Plan(String cluster, Map<String, Step> orderedSteps) {
    this.cluster = cluster;
    this.steps = Collections.unmodifiableMap(orderedSteps);
    Map<String, List<String>> reverse = new LinkedHashMap<>();
    orderedSteps.keySet().forEach(id -> reverse.put(id, new ArrayList<>()));
    orderedSteps.values().forEach(s -> s.dependsOn().forEach(d -> reverse.get(d).add(s.id())));
    reverse.replaceAll((id, list) -> List.copyOf(list));
    this.dependents = Collections.unmodifiableMap(reverse);
  }

  /** Checks ids, dependencies and acyclicity, and orders the steps (Kahn's algorithm, stable). */
  public static Plan of(String cluster, List<Step> steps) {
    Map<String, Step> byId = new LinkedHashMap<>();
    for (Step step : steps) {
      if (byId.put(step.id(), step) != null) {
        throw new PlanException("two steps are called " + step.id());
      }
    }
    Map<String, Integer> missing = new HashMap<>();
    for (Step step : steps) {
      for (String dependency : step.dependsOn()) {
        if (!byId.containsKey(dependency)) {
          throw new PlanException(step.id() + " depends on " + dependency + ", which is no step");
        }
      }
      missing.put(step.id(), new LinkedHashSet<>(step.dependsOn()).size());
    }
    Map<String, List<String>> dependents = new HashMap<>();
    steps.forEach(
        s ->
            new LinkedHashSet<>(s.dependsOn())
                .forEach(d -> dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(s.id())));
    Deque<String> ready = new ArrayDeque<>();
    steps.stream().filter(s -> missing.get(s.id()) == 0).forEach(s -> ready.add(s.id()));
    Map<String, Step> ordered = new LinkedHashMap<>();
    while (!ready.isEmpty()) {
      String id = ready.poll();
      ordered.put(id, byId.get(id));
      for (String next : dependents.getOrDefault(id, List.of())) {
        if (missing.merge(next, -1, Integer::sum) == 0) {
          ready.add(next);
        }
      }
    }
    if (ordered.size() != byId.size()) {
      List<String> stuck = byId.keySet().stream().filter(id -> !ordered.containsKey(id)).toList();
      throw new PlanException("the plan has a dependency cycle among " + stuck);
    }
    return new Plan(cluster, ordered);
  }

  public String cluster() {
    return cluster;
  }

  /** All steps, each after everything it depends on. */
  public List<Step> steps() {
    return List.copyOf(steps.values());
  }

  public Step step(String id) {
    Step step = steps.get(id);
    if (step == null) {
      throw new IllegalArgumentException("no step " + id + " in the plan of " + cluster);
    }
    return step;
  }

  public Optional<Step> find(String id) {
    return Optional.ofNullable(steps.get(id));
  }

  public int size() {
    return steps.size();
  }

  /** The steps that depend directly on {@code id}. */
  public List<String> dependents(String id) {
    return dependents.get(id);
  }

  /** Every step that depends on {@code id}, directly or not. */
  public Set<String> descendants(String id) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(dependents(id));
    while (!todo.isEmpty()) {
      String next = todo.poll();
      if (seen.add(next)) {
        todo.addAll(dependents(next));
      }
    }
    return seen;
  }

  /**
   * The longest chain by typical create duration, with IAM's propagation where a step waits on it.
   */
  public CriticalPath criticalPath(StepTimings timings) {
    Map<String, Duration> finish = new HashMap<>();
    Map<String, String> via = new HashMap<>();
    String last = null;
    for (Step step : steps.values()) {
      Duration start = Duration.ZERO;
      for (String dependency : step.dependsOn()) {
        Duration usable =
            finish
                .get(dependency)
                .plus(timings.usableAfter(steps.get(dependency).kind(), step.kind()));
        if (usable.compareTo(start) > 0) {
          start = usable;
          via.put(step.id(), dependency);
        }
      }
      finish.put(step.id(), start.plus(timings.of(step.kind()).typicalCreate()));
      if (last == null || finish.get(step.id()).compareTo(finish.get(last)) > 0) {
        last = step.id();
      }
    }
    if (last == null) {
      return new CriticalPath(List.of(), Duration.ZERO);
    }
    List<String> path = new ArrayList<>();
    for (String at = last; at != null; at = via.get(at)) {
      path.add(0, at);
    }
    return new CriticalPath(path, finish.get(last));
  }

  /** The sum of typical durations: what running one step at a time would take. */
  public Duration sequentialDuration(StepTimings timings) {
    return steps.values().stream()
        .map(s -> timings.of(s.kind()).typicalCreate())
        .reduce(Duration.ZERO, Duration::plus);
  }

  public PlanGraph graph(StepTimings timings) {
    CriticalPath critical = criticalPath(timings);
    Set<String> onPath = Set.copyOf(critical.steps());
    List<PlanGraph.Node> nodes = new ArrayList<>();
    List<PlanGraph.Edge> edges = new ArrayList<>();
    for (Step step : steps.values()) {
      nodes.add(
          new PlanGraph.Node(
              step.id(),
              step.kind(),
              step.description(),
              timings.of(step.kind()).typicalCreate(),
              onPath.contains(step.id())));
      step.dependsOn().forEach(d -> edges.add(new PlanGraph.Edge(d, step.id())));
    }
    return new PlanGraph(nodes, edges, critical);
  }

  /** The plan in words, one numbered line per step, as the CLI prints it and the review shows. */
  public String describe(StepTimings timings) {
    return PlanText.describe(this, timings);
  }
}
