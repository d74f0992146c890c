package dev.eksdesk.ui.provisioning;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.diff.PlanChangedException;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.plan.Plan;
import java.util.List;
import java.util.Optional;

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

  /**
   * What applying an edited spec to its running cluster would change (a refresh of the account).
   *
   * @param allowReplace whether replacing a VPC, a subnet or the cluster may be planned
   * @throws PlanRefusedException naming the spec key and what to do; nothing was changed
   */
  PlanDiff diff(ClusterSpec spec, boolean allowReplace)
      throws ProvisioningException, PlanRefusedException;

  /**
   * Prepares the apply of exactly the diff that was shown (not started).
   *
   * @throws PlanChangedException when the account or the journal moved since; nothing was changed
   */
  EngineRun change(ClusterSpec spec, PlanDiff shown, boolean allowReplace, double speed)
      throws ProvisioningException, PlanRefusedException, PlanChangedException;

  /** The spec a cluster was last applied from in the account in use, if it was applied here. */
  Optional<ClusterSpec> currentSpec(String cluster) throws ProvisioningException;

  /** Prepares the destroy of everything the cluster's journal and tags know. */
  EngineRun destroy(ClusterSpec spec, double speed) throws ProvisioningException;

  /** Clusters whose last run stopped before it was done, with the spec they were built from. */
  List<ClusterSpec> unfinished();

  /** "the Sandbox" or "AWS account 1234…": where the work happens, for the screen's title. */
  String accountName();
}
