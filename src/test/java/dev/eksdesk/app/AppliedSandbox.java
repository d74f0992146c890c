package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.PrivateKeyFile;
import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.cloud.sandbox.SandboxFaults;
import dev.eksdesk.cloud.sandbox.SandboxTimings;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.EngineSettings;
import dev.eksdesk.engine.exec.RunOutcome;
import dev.eksdesk.engine.exec.VirtualScheduler;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.plan.ClusterPlanner;
import java.nio.file.Path;
import java.util.Map;

/**
 * The default spec applied by the engine to an in-memory sandbox account, on a virtual clock (the
 * account's, for the runs that follow).
 */
record AppliedSandbox(ClusterSpec spec, SandboxAccount account, VirtualScheduler clock) {
  static final InstanceCatalog CATALOG = InstanceCatalog.bundled();

  static AppliedSandbox defaultSpec(Path home) throws Exception {
    ClusterSpec spec = DefaultSpecs.firstCluster();
    VirtualScheduler clock = VirtualScheduler.atEpoch();
    SandboxAccount account =
        SandboxAccount.inMemory(clock, CATALOG, SandboxTimings.instant(), SandboxFaults.none());
    try (ClusterJournal journal = new JournalStore(home, clock).open(spec.name())) {
      EngineRun run =
          new Engine(account, clock, EngineSettings.defaults())
              .apply(
                  new ClusterPlanner(CATALOG).plan(spec, "203.0.113.10/32"),
                  journal,
                  Map.of(),
                  new PrivateKeyFile(home.resolve("keys").resolve(spec.name() + ".pem")));
      run.start();
      clock.runUntilIdle();
      assertThat(run.completion().getNow(null).outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    }
    return new AppliedSandbox(spec, account, clock);
  }
}
