package dev.eksdesk.session;

import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.LocalKeys;
import dev.eksdesk.cloud.PrivateKeyFile;
import dev.eksdesk.cloud.Scheduler;
import dev.eksdesk.cloud.sandbox.SandboxSession;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import java.nio.file.Path;
import java.util.List;

/** The simulated account kept under {@code $EKSDESK_HOME/sandbox}, on a sped-up clock. */
public final class SandboxAccountSession implements AccountSession {
  /** The sandbox's stand-in for "your own address": a documentation range, never routed. */
  public static final String OPERATOR_CIDR = "203.0.113.10/32";

  /** How much faster than real time the Sandbox's clock may run: 1 (real time) to 1000. */
  public static final double MIN_SPEED = SandboxSession.MIN_SPEED;

  public static final double MAX_SPEED = SandboxSession.MAX_SPEED;

  public static boolean validSpeed(double speed) {
    return SandboxSession.validSpeed(speed);
  }

  private final Path home;
  private final InstanceCatalog catalog;
  private final SandboxSession session;

  public SandboxAccountSession(Path home, InstanceCatalog catalog, double speed) {
    this.home = home;
    this.catalog = catalog;
    this.session = new SandboxSession(home, catalog, speed);
  }

  @Override
  public double speed() {
    return session.speed();
  }

  /** Every resource of the simulated account, Eksdesk's or not, tagged or not. */
  public List<CloudResource> everything() {
    return session.account().everything();
  }

  /** What had to be repaired in the sandbox's state when it was opened (a damaged file). */
  public List<String> repairs() {
    return session.repairs();
  }

  @Override
  public CloudAccount account() {
    return session.account();
  }

  @Override
  public Scheduler scheduler() {
    return session.scheduler();
  }

  @Override
  public String displayName() {
    return "the Sandbox";
  }

  @Override
  public String operatorCidr() {
    return OPERATOR_CIDR;
  }

  @Override
  public Path dataFolder(Path root) {
    return root;
  }

  /** Simulated nodes need a size: a type whose vCPUs and memory are unknown offline cannot run. */
  @Override
  public List<String> problemsWith(ClusterSpec spec) {
    return catalog
        .find(spec.nodeGroup().instanceType())
        .filter(t -> t.vcpus().isEmpty() || t.memoryMiB().isEmpty())
        .map(
            t ->
                List.of(
                    "the Sandbox cannot run "
                        + t.name()
                        + " nodes: its vCPUs and memory are unknown offline; pick another"
                        + " instance type"))
        .orElse(List.of());
  }

  /** The sandbox's key pair is not real: its private key stays in the sandbox's own folder. */
  @Override
  public LocalKeys localKeys(ClusterSpec spec) {
    return new PrivateKeyFile(
        home.resolve("sandbox").resolve("keys").resolve(spec.name() + ".pem"));
  }

  @Override
  public void close() {
    session.close();
  }
}
