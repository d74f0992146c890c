package dev.eksdesk.kube.recycle;

import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.Nodes;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** NodeRecycler through fabric8. */
public final class Fabric8NodeRecycler implements NodeRecycler {
  private final KubernetesClient client;
  private final KubernetesClient evictions;
  private final NodeReplacer replacer;
  private final RecycleOptions options;
  private final RecycleJournal journal;

  Fabric8NodeRecycler(
      KubernetesClient client,
      NodeReplacer replacer,
      RecycleOptions options,
      RecycleJournal journal) {
    this.client = client;
    this.evictions = KubeClients.withoutRetries(client);
    this.replacer = replacer;
    this.options = options;
    this.journal = journal;
  }

  /**
   * @param journal where the run's progress is kept, so that a run stopped mid-way resumes
   */
  public static NodeRecycler on(
      KubeEndpoint endpoint,
      NodeReplacer replacer,
      RecycleOptions options,
      RecycleJournal journal) {
    return new Fabric8NodeRecycler(KubeClients.connect(endpoint), replacer, options, journal);
  }

  @Override
  public List<String> currentNodes() {
    return client.nodes().list().getItems().stream()
        .map(n -> n.getMetadata().getName())
        .sorted()
        .toList();
  }

  @Override
  public Optional<RecycleProgress> unfinished() {
    return journal.unfinished();
  }

  @Override
  public RecycleRun start(List<String> nodes, Consumer<RecycleEvent> listener) {
    RecycleProgress progress = unfinished().orElseGet(() -> RecycleProgress.starting(nodes));
    RunControl control = new RunControl();
    CompletableFuture<RecycleOutcome> outcome = new CompletableFuture<>();
    Thread worker =
        new Thread(() -> outcome.complete(run(progress, control, listener)), "node-recycler");
    worker.setDaemon(true);
    control.attach(worker);
    worker.start();
    return new RecycleRun(control, outcome);
  }

  private RecycleOutcome run(
      RecycleProgress resumed, RunControl control, Consumer<RecycleEvent> listener) {
    Drainer drainer = new Drainer(client, evictions);
    Replacements replacements = new Replacements(client);
    List<String> nodes = resumed.nodes();
    RecycleProgress progress = resumed;
    String current = null;
    String stage = "start";
    RecycleOutcome outcome;
    try {
      journal.save(progress);
      if (options.overlayPool().isPresent()) {
        cordonAhead(drainer, progress, listener);
      }
      for (int i = 0; i < nodes.size(); i++) {
        current = nodes.get(i);
        if (progress.replaced().containsKey(current)) {
          listener.accept(
              new RecycleEvent.AlreadyRecycled(current, progress.replaced().get(current)));
          continue;
        }
        if (progress.skipped().contains(current)) {
          listener.accept(new RecycleEvent.NodeSkipped(current, "skipped by the earlier run"));
          continue;
        }
        RecycleProgress.Replacing replacing = progress.replacing();
        boolean terminationAsked = replacing != null && replacing.node().equals(current);
        Node node = client.nodes().withName(current).get();
        if (!terminationAsked) {
          stage = "cordon " + current;
          control.checkpoint(stage, listener);
          if (node == null) {
            listener.accept(new RecycleEvent.NodeSkipped(current, "the node no longer exists"));
            progress = progress.skipping(current);
            journal.save(progress);
            continue;
          }
          listener.accept(new RecycleEvent.NodeStarted(current, i + 1, nodes.size()));
          drainer.cordon(current);
          listener.accept(new RecycleEvent.NodeCordoned(current));

          stage = "drain " + current;
          control.checkpoint(stage, listener);
          if (!drain(drainer, current, listener)) {
            drainer.uncordon(current);
            listener.accept(
                new RecycleEvent.NodeSkipped(
                    current, "drain timed out; skipped at the user's choice"));
            progress = progress.skipping(current);
            journal.save(progress);
            continue;
          }
          stage = "replace " + current;
          control.checkpoint(stage, listener);
          replacing =
              new RecycleProgress.Replacing(
                  current,
                  Nodes.instanceId(node),
                  Nodes.label(node, WellKnown.LABEL_NODEGROUP),
                  Nodes.maxPods(node),
                  List.copyOf(replacements.currentNodeNames()));
          // Journaled before the call: after a crash, the node's presence tells whether it was
          // made, and the replacement is a node that was not there before it.
          progress = progress.replacing(replacing);
          journal.save(progress);
        } else {
          stage = "replace " + current;
          listener.accept(new RecycleEvent.NodeStarted(current, i + 1, nodes.size()));
        }
        if (node != null) {
          replacer.terminateAndReplace(replacing.instanceId());
          listener.accept(new RecycleEvent.ReplacementRequested(current, replacing.instanceId()));
        }
        Set<String> notReplacements = new HashSet<>(replacing.nodesBefore());
        notReplacements.addAll(progress.replaced().values());
        Node fresh =
            replacements.awaitNewNode(
                notReplacements,
                replacing.nodeGroup(),
                options.replacementTimeout(),
                options.poll());
        String freshName = fresh.getMetadata().getName();
        progress = progress.replacedBy(current, freshName);
        journal.save(progress);
        listener.accept(
            new RecycleEvent.ReplacementReady(
                current, freshName, replacing.maxPods(), Nodes.maxPods(fresh)));

        if (options.overlayPool().isPresent()) {
          stage = "check overlay addresses on " + freshName;
          control.checkpoint(stage, listener);
          checkOverlay(replacements, freshName, listener);
        }
        listener.accept(new RecycleEvent.NodeRecycled(current, freshName));
      }
      if (options.overlayPool().isPresent()) {
        // Right after it joins, a replacement often holds no pods yet: the pods drained from the
        // next node land on it later. Once every node is done, all replacements are checked again.
        stage = "final check of overlay addresses";
        for (String fresh : progress.replaced().values()) {
          if (client.nodes().withName(fresh).get() != null) {
            checkOverlay(replacements, fresh, listener);
          }
        }
      }
      journal.completed();
      outcome =
          new RecycleOutcome(
              RecycleOutcome.Status.COMPLETED,
              progress.replaced(),
              progress.skipped(),
              "all nodes done");
    } catch (InterruptedException e) {
      String left =
          current == null
              ? "nothing"
              : current
                  + " may be left cordoned (stopped at: "
                  + stage
                  + "); uncordon it or recycle it again";
      listener.accept(new RecycleEvent.Aborted(left));
      outcome =
          new RecycleOutcome(
              RecycleOutcome.Status.ABORTED, progress.replaced(), progress.skipped(), left);
    } catch (OverlayMissing e) {
      listener.accept(
          new RecycleEvent.Failed(
              e.node,
              e.getMessage(),
              "The replacement did not boot with Calico: check that the node group's launch template no longer"
                  + " installs the VPC CNI and sets --max-pods for the overlay, then recycle the remaining nodes."));
      outcome =
          new RecycleOutcome(
              RecycleOutcome.Status.FAILED,
              progress.replaced(),
              progress.skipped(),
              e.getMessage());
    } catch (TimeoutException | RuntimeException e) {
      String what = stage + ": " + e.getMessage();
      listener.accept(
          new RecycleEvent.Failed(
              current,
              what,
              "Look at the node group in the AWS console or the topology view; recycle the remaining nodes again"
                  + " once it is healthy (done nodes are not touched again)."));
      outcome =
          new RecycleOutcome(
              RecycleOutcome.Status.FAILED, progress.replaced(), progress.skipped(), what);
    }
    listener.accept(new RecycleEvent.Finished(outcome));
    return outcome;
  }

  private void checkOverlay(Replacements replacements, String node, Consumer<RecycleEvent> listener)
      throws TimeoutException, InterruptedException, OverlayMissing {
    RecycleEvent.OverlayChecked check =
        replacements.checkOverlay(
            node,
            options.overlayPool().orElseThrow(),
            options.replacementTimeout(),
            options.poll());
    listener.accept(check);
    if (!check.podsOutsidePool().isEmpty()) {
      throw new OverlayMissing(node, check.podsOutsidePool());
    }
  }

  /** Drains, asking the handler when time runs out; false when the user chose to skip the node. */
  private boolean drain(Drainer drainer, String node, Consumer<RecycleEvent> listener)
      throws InterruptedException {
    int evicted = 0;
    while (true) {
      int before = drainer.evictable(node).size();
      List<String> left = drainer.drain(node, options.drainTimeout(), options.poll(), listener);
      evicted += before - left.size();
      if (left.isEmpty()) {
        listener.accept(new RecycleEvent.NodeDrained(node, evicted, drainer.daemonSetPods(node)));
        return true;
      }
      DrainDecision decision = options.onDrainTimeout().decide(node, left);
      listener.accept(new RecycleEvent.DrainTimedOut(node, left, decision));
      switch (decision) {
        case KEEP_WAITING -> {}
        case DELETE_REMAINING_PODS -> drainer.deleteRemaining(node);
        case SKIP_NODE -> {
          return false;
        }
        case ABORT ->
            throw new InterruptedException("aborted after the drain of " + node + " timed out");
      }
    }
  }

  /**
   * Cordons every node this run still has to recycle. Pods drained from the first node would
   * otherwise land on the next old node, whose CNI the swap removed: they would never become ready
   * and, under a disruption budget (coredns'), could never be evicted from it either.
   */
  private static void cordonAhead(
      Drainer drainer, RecycleProgress progress, Consumer<RecycleEvent> listener) {
    List<String> ahead =
        progress.nodes().stream()
            .filter(n -> !progress.replaced().containsKey(n) && !progress.skipped().contains(n))
            .filter(drainer::exists)
            .toList();
    ahead.forEach(drainer::cordon);
    if (!ahead.isEmpty()) {
      listener.accept(new RecycleEvent.NodesCordonedAhead(ahead));
    }
  }

  /** Pods on a replacement got addresses outside the overlay pool. */
  private static final class OverlayMissing extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient String node;

    OverlayMissing(String node, List<String> pods) {
      super(node + " gave pods addresses outside the overlay pool: " + pods);
      this.node = node;
    }
  }

  @Override
  public void close() {
    evictions.close();
    client.close();
  }
}
