package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Live nodes and pods of any cluster from two informers (one list, then watch events; never
 * polling). Nothing is published until both informers have their first list, so the first snapshot
 * is the whole cluster, not the first few objects to arrive; an empty cluster publishes an empty
 * snapshot. Snapshots are read from the informers' stores ({@link ClusterSnapshots}) and published
 * by a {@link CoalescingPublisher}, so 10,000 pods cost the listener a few calls per second at
 * most.
 */
final class ClusterWatch implements AutoCloseable {
  private final CoalescingPublisher<ClusterSnapshot> publisher;
  private final SharedIndexInformer<Pod> podInformer;
  private final SharedIndexInformer<Node> nodeInformer;
  private final ClusterSnapshots rows = new ClusterSnapshots();
  private final Consumer<Throwable> failed;
  private volatile boolean synced;

  /**
   * @param failed hears when the first list fails (no access, no such server); the watch then
   *     publishes nothing
   */
  ClusterWatch(
      KubernetesClient client,
      Duration interval,
      Consumer<ClusterSnapshot> listener,
      Consumer<Throwable> failed) {
    this.failed = failed;
    this.publisher = new CoalescingPublisher<>(interval, this::snapshot, listener);
    this.podInformer = client.pods().inAnyNamespace().runnableInformer(0);
    this.nodeInformer = client.nodes().runnableInformer(0);
    podInformer.addEventHandler(AnyChange.runs(this::changedAfterSync));
    nodeInformer.addEventHandler(AnyChange.runs(this::changedAfterSync));
  }

  /** Starts both informers without waiting for their first list; the first snapshot follows it. */
  void start() {
    CompletableFuture.allOf(
            nodeInformer.start().toCompletableFuture(), podInformer.start().toCompletableFuture())
        .whenComplete(
            (listed, error) -> {
              if (error != null) {
                failed.accept(error instanceof CompletionException ? error.getCause() : error);
                return;
              }
              synced = true;
              publisher.changed();
            });
  }

  /** Events of the first list are already in the stores the first snapshot reads. */
  private void changedAfterSync() {
    if (synced) {
      publisher.changed();
    }
  }

  ClusterSnapshot snapshot() {
    return rows.snapshot(nodeInformer.getStore().list(), podInformer.getStore().list());
  }

  @Override
  public void close() {
    podInformer.close();
    nodeInformer.close();
    publisher.close();
  }
}
