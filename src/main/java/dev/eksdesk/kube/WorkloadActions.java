package dev.eksdesk.kube;

import java.time.Instant;
import java.util.Optional;

/**
 * What a user does to pods and their workloads from the tables: delete a pod, restart its workload
 * as {@code kubectl rollout restart} does, scale it. Each call acts at once and returns; the tables
 * follow through the cluster's watch.
 */
public interface WorkloadActions {
  /** The annotation {@code kubectl rollout restart} sets on the pod template. */
  String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";

  /** Deletes the pod (gracefully, as kubectl delete does); its workload, if any, replaces it. */
  void deletePod(String namespace, String pod);

  /**
   * The workload that runs the pod: its Deployment (through its ReplicaSet, or directly as in the
   * sandbox), DaemonSet or StatefulSet; empty for a bare pod, a Job's, or a pod that is gone.
   */
  Optional<WorkloadRef> controllerOf(String namespace, String pod);

  /** The replicas the workload asks for (its spec, not what runs); 0 for a DaemonSet. */
  int replicas(WorkloadRef workload);

  /**
   * Restarts every pod of the workload the way {@code kubectl rollout restart} does: a new {@value
   * #RESTARTED_AT} on the pod template, which its controller rolls out.
   */
  void restart(WorkloadRef workload, Instant now);

  /** Sets the replicas the workload asks for. */
  void scale(WorkloadRef workload, int replicas);
}
