package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.AnyChange;
import dev.eksdesk.kube.NodeIpView;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What kube-controller-manager, the scheduler, the kubelets and the CNI do, for the sandbox:
 * informers on nodes, pods, Deployments, DaemonSets and Services wake a single reconciler thread,
 * which runs level-triggered passes (garbage collection, workloads, scheduling, Services' load
 * balancers, pod start-up) until nothing changes. Wake-ups that arrive during a pass collapse into
 * one more pass.
 */
final class SandboxController implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SandboxController.class);
  private static final int HTTP_CONFLICT = 409;
  private static final int HTTP_NOT_FOUND = 404;

  private final KubernetesClient client;
  private final Map<String, NodeNetwork> networks;
  private final GarbageCollector garbageCollector;
  private final DaemonSetController daemonSets;
  private final DeploymentController deployments;
  private final Scheduler scheduler;
  private final Kubelet kubelet;
  private final LoadBalancerServices loadBalancers;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "sandbox-kube-controller");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean passQueued = new AtomicBoolean();
  private final AtomicReference<List<NodeIpView>> ipView = new AtomicReference<>(List.of());
  private final List<SharedIndexInformer<?>> informers = new ArrayList<>();
  private final Runnable settled;

  /**
   * @param settled told after each pass that found nothing left to change
   */
  SandboxController(
      KubernetesClient client,
      Map<String, NodeNetwork> networks,
      Clock clock,
      ServiceLoadBalancers balancers,
      Runnable settled) {
    this.client = client;
    this.settled = settled;
    this.networks = networks;
    Supplier<String> now = () -> DateTimeFormatter.ISO_INSTANT.format(clock.instant());
    EventRecorder events = new EventRecorder(client, clock);
    this.garbageCollector = new GarbageCollector(client);
    this.daemonSets = new DaemonSetController(client);
    this.deployments = new DeploymentController(client);
    this.scheduler = new Scheduler(client, events, now);
    this.kubelet = new Kubelet(client, events, now);
    this.loadBalancers = new LoadBalancerServices(client, balancers);
  }

  void start() {
    informers.add(client.nodes().inform(AnyChange.runs(this::requestPass)));
    informers.add(client.pods().inAnyNamespace().inform(AnyChange.runs(this::requestPass)));
    informers.add(
        client.apps().deployments().inAnyNamespace().inform(AnyChange.runs(this::requestPass)));
    informers.add(
        client.apps().daemonSets().inAnyNamespace().inform(AnyChange.runs(this::requestPass)));
    informers.add(client.services().inAnyNamespace().inform(AnyChange.runs(this::requestPass)));
    requestPass();
  }

  /** Asks for a pass; any number of requests before the pass starts make one pass. */
  void requestPass() {
    if (passQueued.compareAndSet(false, true)) {
      thread.execute(
          () -> {
            passQueued.set(false);
            pass();
          });
    }
  }

  List<NodeIpView> ipView() {
    return ipView.get();
  }

  private void pass() {
    try {
      // One kind of change per pass, all decided on one read: the scheduler must not place pods
      // on a node before that node's DaemonSet pods exist, or it would overfill the node. The
      // writes wake the next pass through the informers.
      ClusterState state = ClusterState.read(client);
      boolean changed =
          garbageCollector.collect(state)
              || daemonSets.reconcile(state)
              || deployments.reconcile(state)
              || scheduler.schedule(state)
              || loadBalancers.reconcile();
      if (!changed) {
        ipView.set(kubelet.run(state, networks));
        settled.run();
      }
    } catch (KubernetesClientException e) {
      if (e.getCode() == HTTP_CONFLICT || e.getCode() == HTTP_NOT_FOUND) {
        // Someone else (a drain, a test, the user) changed an object under us: look again.
        requestPass();
      } else if (!thread.isShutdown()) {
        LOG.warn("sandbox controller pass failed; waiting for the next change", e);
      }
    } catch (RuntimeException e) {
      if (!thread.isShutdown()) {
        LOG.warn("sandbox controller pass failed; waiting for the next change", e);
      }
    }
  }

  @Override
  public void close() {
    // The pass thread first: a write made while the watches close leaves the mock server's watch
    // listener waiting on its event loop (see SandboxApiServer#close).
    thread.shutdownNow();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    informers.forEach(SharedIndexInformer::close);
  }
}
