package dev.eksdesk.cluster;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.exec.WorkloadMover;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.kube.Fabric8Gateway;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.KubeFailures;
import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.recycle.Fabric8NodeMaintenance;
import dev.eksdesk.kube.recycle.Fabric8NodeRecycler;
import dev.eksdesk.kube.recycle.NodeGroupDrain;
import dev.eksdesk.kube.recycle.NodeMaintenance;
import dev.eksdesk.kube.recycle.NodeRecycler;
import dev.eksdesk.kube.recycle.NodeReplacer;
import dev.eksdesk.kube.recycle.RecycleEvent;
import dev.eksdesk.kube.recycle.RecycleJournal;
import dev.eksdesk.kube.recycle.RecycleOptions;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A cluster that exists and can be talked to, whatever cloud it runs in: the screens that watch and
 * change a live cluster (nodes and pods, dashboards) take it from {@link ClusterRuntimes}. The
 * composition root implements it for the sandbox and for AWS.
 *
 * <p>Every method may reach the cluster or the cloud: call them off the FX thread.
 */
public interface ClusterRuntime {
  /** The spec the cluster was built from: its name, region, VPC and node group. */
  ClusterSpec spec();

  default String name() {
    return spec().name();
  }

  /** Which cluster this is: its account, region and name. */
  ClusterKey key();

  /** Where its API server is; hand it to {@code KubeGateway.connect}. */
  KubeEndpoint endpoint();

  /**
   * The AWS principal the cluster's API server is reached as, for saying which access entry is
   * missing when it refuses; empty where access is not the user's to give (the Sandbox).
   */
  default Optional<String> principal() {
    return Optional.empty();
  }

  /** Pod addresses per node: ENIs, warm and assigned addresses, pods stuck without one. */
  List<NodeIpView> ipView();

  /**
   * What the cloud says is still free in each of the cluster's subnets, by CIDR, counting every
   * holder (NAT gateways, load balancers), not only the nodes; empty where the nodes' ENIs are all
   * there is to count (the sandbox).
   */
  default Map<String, Long> availableAddressesBySubnet() {
    return Map.of();
  }

  /**
   * A swap to Calico with the manifest this cloud uses: the pinned, checksummed download on AWS, a
   * bundled copy in the sandbox. The caller closes it.
   */
  CniSwap openCniSwap();

  /** Terminates a node's instance so that its node group boots a replacement. */
  NodeReplacer nodeReplacer();

  /**
   * Waits and polls suited to this cloud (a sandbox node boots in a second, an EC2 one in two
   * minutes); the user's drain choices are applied on top.
   */
  RecycleOptions recycleOptions();

  /**
   * Where a recycle of this cluster keeps its progress, so that one stopped mid-way resumes; none
   * where the cloud's own records serve instead.
   */
  default RecycleJournal recycleJournal() {
    return RecycleJournal.none();
  }

  /**
   * Opens a connection to the cluster's API server, on its own Kubernetes client (closing it closes
   * the client): nodes, pods and workloads watched or read, logs, YAML, actions, port forwards.
   */
  default KubeGateway connect() {
    return Fabric8Gateway.connect(endpoint());
  }

  /** Cordon, uncordon and drain of single nodes, on its own Kubernetes client. */
  default NodeMaintenance maintenance() {
    return Fabric8NodeMaintenance.on(endpoint());
  }

  /**
   * Moves the pods off a node group that a replacement retires: once its successor's nodes are
   * Ready, its nodes are cordoned and their pods evicted respecting disruption budgets. Returns
   * what was done, in words; blocks, so call it off the FX thread.
   */
  default String moveOff(WorkloadMover.NodeGroupMove move, Consumer<RecycleEvent> events)
      throws TimeoutException, InterruptedException {
    return NodeGroupDrain.moveOff(
        endpoint(),
        recycleOptions(),
        new NodeGroupDrain.Move(move.nodeGroup(), move.successor(), move.successorNodes()),
        events);
  }

  /**
   * What a failure to reach or use the cluster means for the user, in one sentence with the way out
   * (the access entry the principal lacks, the address that cannot be reached).
   */
  default String explain(Throwable failure) {
    return KubeFailures.describe(name(), principal(), failure);
  }

  /**
   * A recycle of this cluster's nodes, on its own Kubernetes client (closing the recycler closes
   * it), its node replacer and its journal: the screens and the CLI start recycles through this.
   */
  default NodeRecycler recycler(RecycleOptions options) {
    return Fabric8NodeRecycler.on(endpoint(), nodeReplacer(), options, recycleJournal());
  }

  /**
   * Keeps other Eksdesk windows and machines off the cluster while {@code operation} (recycle, cni
   * swap) changes it: the same locks an apply takes, shared in S3 when the spec keeps its state
   * there. Nothing to hold by default (the Sandbox's changes are its own transactions).
   *
   * @throws JournalLockedException naming who holds the cluster ("locked by ... (apply)")
   */
  default ChangeLock lockFor(String operation) throws JournalLockedException {
    return () -> {};
  }

  /** The locks a change holds; closing releases them (twice is harmless). */
  @FunctionalInterface
  interface ChangeLock extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Adding the cluster to the user's kubeconfig, so that kubectl reaches it too; empty where it
   * cannot (the sandbox's Kubernetes lives inside Eksdesk).
   */
  default Optional<KubeconfigWrite> kubeconfig() {
    return Optional.empty();
  }

  /** Writes the cluster's kubeconfig entry (disk I/O: off the FX thread). */
  @FunctionalInterface
  interface KubeconfigWrite {
    /** Returns what was written where, for the user. */
    String write() throws IOException;
  }
}
