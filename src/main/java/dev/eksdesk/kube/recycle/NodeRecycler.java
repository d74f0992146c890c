package dev.eksdesk.kube.recycle;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Replaces nodes one at a time: cordon, drain through the Eviction API, terminate through the
 * {@link NodeReplacer}, wait for the replacement to be Ready, check its pods' addresses when an
 * overlay is expected, go on. Used after a CNI swap, or to roll nodes onto a new AMI.
 */
public interface NodeRecycler extends AutoCloseable {
  /** The cluster's nodes now, by name: what "recycle all" recycles. */
  List<String> currentNodes();

  /** The progress of an earlier run that did not complete, which {@link #start} resumes. */
  Optional<RecycleProgress> unfinished();

  /**
   * Starts recycling the nodes, in order, on a thread of its own; when an earlier run stopped
   * mid-way ({@link #unfinished()}), resumes that run instead: its nodes, from where it stopped.
   */
  RecycleRun start(List<String> nodes, Consumer<RecycleEvent> listener);

  void close();
}
