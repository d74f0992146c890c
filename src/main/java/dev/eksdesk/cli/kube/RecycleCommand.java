package dev.eksdesk.cli.kube;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.engine.EngineExitCodes;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.WellKnown;
import dev.eksdesk.kube.recycle.DrainDecision;
import dev.eksdesk.kube.recycle.NodeRecycler;
import dev.eksdesk.kube.recycle.RecycleEvent;
import dev.eksdesk.kube.recycle.RecycleOptions;
import dev.eksdesk.kube.recycle.RecycleOutcome;
import dev.eksdesk.kube.recycle.RecycleProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eksdesk nodes recycle NAME}: replace every node, one at a time. */
@Command(
    name = "recycle",
    description =
        "Replace every node one at a time: cordon, drain (disruption budgets respected),"
            + " terminate through the node group, wait for the replacement, check overlay"
            + " addresses when Calico runs.")
public final class RecycleCommand implements Callable<Integer> {
  private final KubeCommandContext context;

  @Spec private CommandSpec spec;
  @Mixin private final ClusterArguments cluster = new ClusterArguments();

  @Option(
      names = "--drain-timeout",
      defaultValue = "15",
      description =
          "Minutes to keep evicting before giving up on a node (default ${DEFAULT-VALUE}).")
  private long drainTimeoutMinutes;

  @Option(
      names = "--on-drain-timeout",
      defaultValue = "ABORT",
      description =
          "What to do when a drain runs out of time: ${COMPLETION-CANDIDATES} (default"
              + " ${DEFAULT-VALUE}).")
  private DrainDecision onDrainTimeout;

  public RecycleCommand(KubeCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    // progress on stderr, the outcome alone on stdout
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (ClusterOpener.OpenCluster open = cluster.open(context, spec);
        ClusterRuntime.ChangeLock lock = open.runtime().lockFor("recycle")) {
      ClusterRuntime runtime = open.runtime();
      ClusterSnapshot snapshot = SettledSnapshot.of(runtime);
      List<String> nodes = snapshot.nodes().stream().map(NodeRow::name).toList();
      boolean calico =
          snapshot.nodes().stream()
              .anyMatch(n -> n.cni().filter(m -> m == CniMode.CALICO_OVERLAY).isPresent());
      RecycleOptions base = runtime.recycleOptions();
      RecycleOptions options =
          new RecycleOptions(
              Duration.ofMinutes(drainTimeoutMinutes),
              base.replacementTimeout(),
              base.poll(),
              calico ? Optional.of(WellKnown.CALICO_DEFAULT_POOL) : Optional.empty(),
              (node, pods) -> onDrainTimeout);
      try (NodeRecycler recycler = runtime.recycler(options)) {
        Optional<RecycleProgress> earlier = recycler.unfinished();
        if (earlier.isPresent()) {
          err.printf(
              "Resuming the recycle of %s that stopped mid-way: %d of %d nodes replaced"
                  + " (drain timeout %d min, then %s)%n",
              cluster.name,
              earlier.get().replaced().size(),
              earlier.get().nodes().size(),
              drainTimeoutMinutes,
              onDrainTimeout);
        } else {
          err.printf(
              "Recycling %d nodes of %s (drain timeout %d min, then %s)%n",
              nodes.size(), cluster.name, drainTimeoutMinutes, onDrainTimeout);
        }
        RecycleOutcome outcome =
            recycler
                .start(nodes, event -> print(event, out, err))
                .await(Duration.ofHours(6))
                .orElseThrow(() -> new IllegalStateException("the recycle did not finish"));
        return outcome.status() == RecycleOutcome.Status.COMPLETED
            ? ExitCodes.OK
            : ExitCodes.FAILED;
      }
    } catch (JournalLockedException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.LOCKED;
    }
  }

  private static void print(RecycleEvent event, PrintWriter out, PrintWriter err) {
    if (event instanceof RecycleEvent.NodeStarted e) {
      err.printf("[%d/%d] %s%n", e.position(), e.of(), e.node());
    } else if (event instanceof RecycleEvent.NodeCordoned e) {
      err.println("  cordoned " + e.node());
    } else if (event instanceof RecycleEvent.NodesCordonedAhead e) {
      err.println(
          "Cordoned "
              + String.join(", ", e.nodes())
              + " before draining: after the CNI swap only a replaced node gives pods an address");
    } else if (event instanceof RecycleEvent.NodeDrained e) {
      err.println("  drained: " + e.podsEvicted() + " pods evicted");
    } else if (event instanceof RecycleEvent.EvictionBlocked e) {
      err.println("  disruption budget holds " + e.pod() + ": " + e.reason());
    } else if (event instanceof RecycleEvent.DrainTimedOut e) {
      err.println("  drain timed out with " + e.remainingPods() + " left: " + e.decision());
    } else if (event instanceof RecycleEvent.ReplacementRequested e) {
      err.println("  terminated " + e.instanceId() + "; waiting for the replacement");
    } else if (event instanceof RecycleEvent.ReplacementReady e) {
      err.println(
          "  replacement "
              + e.newNode()
              + " Ready (max pods "
              + e.oldMaxPods()
              + " -> "
              + e.newMaxPods()
              + ")");
    } else if (event instanceof RecycleEvent.OverlayChecked e) {
      err.println(
          "  "
              + e.node()
              + ": "
              + e.podsChecked()
              + " pods on overlay addresses"
              + (e.podsOutsidePool().isEmpty() ? "" : ", outside: " + e.podsOutsidePool()));
    } else if (event instanceof RecycleEvent.AlreadyRecycled e) {
      err.println("= " + e.oldNode() + " already replaced by " + e.newNode());
    } else if (event instanceof RecycleEvent.NodeSkipped e) {
      err.println("  skipped " + e.node() + ": " + e.reason());
    } else if (event instanceof RecycleEvent.Aborted e) {
      err.println("Aborted: " + e.leftBehind());
    } else if (event instanceof RecycleEvent.Failed e) {
      err.println("Failed: " + e.what() + " Next: " + e.whatToDo());
    } else if (event instanceof RecycleEvent.Finished e) {
      out.println(
          "Done: "
              + e.outcome().status()
              + ", "
              + e.outcome().replaced().size()
              + " nodes replaced");
    }
  }
}
