package dev.eksdesk.topology;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.engine.exec.EngineListener;
import dev.eksdesk.engine.exec.Operation;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The current topology of one cluster, updated from any thread (engine events, inventory reads, the
 * Kubernetes watches). Listeners get every new topology in order, on the updating thread, and must
 * return quickly: the UI only stores it and schedules a redraw.
 */
public final class LiveTopology {
  private final List<Consumer<Topology>> listeners = new CopyOnWriteArrayList<>();
  private Topology current;

  public LiveTopology(Topology initial) {
    this.current = Objects.requireNonNull(initial, "initial");
  }

  public synchronized Topology current() {
    return current;
  }

  /** Starts over from another picture: a new plan, or a cluster read from the account. */
  public void replace(Topology topology) {
    update(old -> Objects.requireNonNull(topology, "topology"));
  }

  /** A listener for {@code EngineRun.subscribe}: each event moves its step's element. */
  public EngineListener follow(Operation operation) {
    return event -> update(t -> EngineEventStates.apply(t, event, operation));
  }

  /** Fills in ids, addresses and states the account reports for elements made by steps. */
  public void mergeInventory(List<CloudResource> resources) {
    update(t -> InventoryTopology.merge(t, resources));
  }

  public void replaceNodes(List<NodeInfo> nodes) {
    update(t -> t.withNodes(nodes));
  }

  public void replacePods(List<PodInfo> pods) {
    update(t -> t.withPods(pods));
  }

  public AutoCloseable subscribe(Consumer<Topology> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private synchronized void update(UnaryOperator<Topology> change) {
    Topology next = change.apply(current);
    if (next != current) {
      current = next;
      listeners.forEach(
          l -> l.accept(next)); // under the lock, so listeners see the order of updates
    }
  }
}
