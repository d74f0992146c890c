package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Live Deployments, DaemonSets, StatefulSets, Services, pods and namespaces from informers (one
 * list, then watch events), published as {@link WorkloadsSnapshot}s at most once per interval, the
 * first after every informer has its first list (as {@link ClusterWatch} does for nodes and pods).
 */
final class WorkloadWatch implements AutoCloseable {
  private final CoalescingPublisher<WorkloadsSnapshot> publisher;
  private final SharedIndexInformer<Deployment> deployments;
  private final SharedIndexInformer<DaemonSet> daemonSets;
  private final SharedIndexInformer<StatefulSet> statefulSets;
  private final SharedIndexInformer<Service> services;
  private final SharedIndexInformer<Pod> pods;
  private final SharedIndexInformer<Namespace> namespaces;
  private final List<SharedIndexInformer<?>> all;
  private final WorkloadSnapshots snapshots = new WorkloadSnapshots();
  private final Consumer<Throwable> failed;
  private volatile boolean synced;

  WorkloadWatch(
      KubernetesClient client,
      Duration interval,
      Consumer<WorkloadsSnapshot> listener,
      Consumer<Throwable> failed) {
    this.failed = failed;
    this.publisher = new CoalescingPublisher<>(interval, this::snapshot, listener);
    deployments = client.apps().deployments().inAnyNamespace().runnableInformer(0);
    daemonSets = client.apps().daemonSets().inAnyNamespace().runnableInformer(0);
    statefulSets = client.apps().statefulSets().inAnyNamespace().runnableInformer(0);
    services = client.services().inAnyNamespace().runnableInformer(0);
    pods = client.pods().inAnyNamespace().runnableInformer(0);
    namespaces = client.namespaces().runnableInformer(0);
    all = List.of(deployments, daemonSets, statefulSets, services, pods, namespaces);
    all.forEach(informer -> addHandler(informer));
  }

  private <T> void addHandler(SharedIndexInformer<T> informer) {
    informer.addEventHandler(AnyChange.runs(this::changedAfterSync));
  }

  void start() {
    CompletableFuture.allOf(
            all.stream()
                .map(informer -> informer.start().toCompletableFuture())
                .toArray(CompletableFuture[]::new))
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

  private void changedAfterSync() {
    if (synced) {
      publisher.changed();
    }
  }

  private WorkloadsSnapshot snapshot() {
    return snapshots.snapshot(
        new WorkloadSnapshots.Sources(
            deployments.getStore().list(),
            daemonSets.getStore().list(),
            statefulSets.getStore().list(),
            services.getStore().list(),
            pods.getStore().list(),
            namespaces.getStore().list()));
  }

  @Override
  public void close() {
    all.forEach(SharedIndexInformer::close);
    publisher.close();
  }
}
