package dev.eksdesk.ui.provisioning;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.plan.Plan;
import java.util.List;

/**
 * What the provisioning screen asks of the engine and the account behind it. Implemented in the
 * composition root (sandbox or AWS); every method may touch the disk or the cloud, so the view
 * model calls them off the FX thread.
 */
public interface ProvisioningService {

  /** The plan of a spec; {@link Plan#describe} words it. */
  Plan plan(ClusterSpec spec);

  /**
   * Prepares an apply (or the resume of one): remembers the spec, opens the journal. The run is not
   * started, so the caller can subscribe first.
   *
   * @param speed how much faster than real time the sandbox runs; ignored on AWS
   */
  EngineRun apply(ClusterSpec spec, double speed) throws ProvisioningException;

  /** Prepares the destroy of everything the cluster's journal and tags know. */
  EngineRun destroy(ClusterSpec spec, double speed) throws ProvisioningException;

  /** Clusters whose last run stopped before it was done, with the spec they were built from. */
  List<ClusterSpec> unfinished();

  /** "the Sandbox" or "AWS account 1234…": where the work happens, for the screen's title. */
  String accountName();
}
