package dev.eksdesk.cli.kube;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.engine.EngineExitCodes;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.cni.HostNetworkNeed;
import dev.eksdesk.kube.cni.SwapEvent;
import dev.eksdesk.kube.cni.SwapPlan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eksdesk cni swap NAME --to calico}: the preflight, then the swap step by step. */
@Command(
    name = "swap",
    description =
        "Replace the AWS VPC CNI with Calico: preflight, remove aws-node, install Calico, move the"
            + " API server's callees to host networking. Running it again resumes.")
public final class CniSwapCommand implements Callable<Integer> {
  /** The CNIs a cluster can be swapped to. */
  public enum Target {
    calico
  }

  private final KubeCommandContext context;

  @Spec private CommandSpec spec;
  @Mixin private final ClusterArguments cluster = new ClusterArguments();

  @Option(
      names = "--to",
      required = true,
      description = "the CNI to swap to: ${COMPLETION-CANDIDATES}")
  private Target target;

  public CniSwapCommand(KubeCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    // the preflight and progress on stderr, the outcome alone on stdout
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (ClusterOpener.OpenCluster open = cluster.open(context, spec);
        ClusterRuntime.ChangeLock lock = open.runtime().lockFor("cni swap");
        CniSwap swap = open.runtime().openCniSwap()) {
      ClusterRuntime runtime = open.runtime();
      String vpc = runtime.spec().network().vpcCidr();
      printPreflight(swap.preflight(vpc), err);
      boolean swapped = swap.run(vpc, event -> print(event, cluster.name, out, err));
      return swapped ? ExitCodes.OK : ExitCodes.FAILED;
    } catch (JournalLockedException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.LOCKED;
    }
  }

  private static void printPreflight(SwapPlan plan, PrintWriter out) {
    out.println("Preflight:");
    plan.changes().forEach(c -> out.println("  - " + c));
    out.println("  " + plan.cidr().verdict());
    for (HostNetworkNeed need : plan.hostNetworkNeeds()) {
      out.println(
          "  host networking: "
              + need.namespace()
              + "/"
              + need.deployment()
              + (need.alreadyOnHostNetwork() ? " (already)" : " (will be patched)"));
    }
    out.println("  pods restarting: " + plan.podsRestarting().size());
    out.println("  nodes to recycle afterwards: " + String.join(", ", plan.nodesToRecycle()));
  }

  private static void print(SwapEvent event, String clusterName, PrintWriter out, PrintWriter err) {
    if (event instanceof SwapEvent.StepStarted e) {
      err.println("> " + e.step().description());
    } else if (event instanceof SwapEvent.StepAlreadyDone e) {
      err.println("= " + e.step().description() + " (already done)");
    } else if (event instanceof SwapEvent.StepSucceeded e) {
      err.println("+ " + e.step().description() + ": " + String.join("; ", e.details()));
    } else if (event instanceof SwapEvent.StepFailed e) {
      err.println("! " + e.step().description() + ": " + e.what() + " Next: " + e.whatToDo());
    } else if (event instanceof SwapEvent.Refused e) {
      err.println("! refused: " + e.reason());
    } else if (event instanceof SwapEvent.Finished e) {
      out.println(
          e.succeeded()
              ? "Swapped to Calico. Recycle the nodes next: eksdesk nodes recycle " + clusterName
              : "The swap stopped; run it again to resume.");
    }
  }
}
