package dev.eksdesk.cloud;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * One account the engine works on, opened for a while: the simulated sandbox or an AWS account
 * reached with the user's credentials. The app and the CLI drive clusters through it alike.
 */
public interface AccountSession extends AutoCloseable {
  CloudAccount account();

  Scheduler scheduler();

  /** "the Sandbox", "AWS account 123456789012": for titles and progress lines. */
  String displayName();

  /** The operator's own address as a /32, for the spec's "my-ip". */
  String operatorCidr();

  /**
   * Where this account's journals live under {@code home}: clusters of the same name in two
   * accounts must never share a journal.
   */
  Path dataFolder(Path home);

  /**
   * The AWS region this session works in, whose clusters keep journals of their own; empty for an
   * account without regions (the Sandbox, where a cluster's name is unique account-wide).
   */
  default java.util.Optional<String> region() {
    return java.util.Optional.empty();
  }

  /** Where the private key of the key pair the spec imports is made and kept (mode 0600). */
  LocalKeys localKeys(ClusterSpec spec);

  /**
   * The instance types this account's region offers, over the bundled catalog: the sandbox uses the
   * bundled one; AWS states its current types (DescribeInstanceTypes), read once per session.
   */
  default InstanceCatalog catalog(InstanceCatalog bundled) {
    return bundled;
  }

  /**
   * What this account says no to before anything is created (an instance type a zone lacks), as
   * sentences saying what to change; empty when the spec can be applied.
   */
  default List<String> problemsWith(ClusterSpec spec) {
    return List.of();
  }

  /**
   * Object storage where a team shares clusters' journals (S3); empty where the account keeps no
   * objects (the Sandbox).
   */
  default java.util.Optional<StateObjects> stateObjects() {
    return java.util.Optional.empty();
  }

  /**
   * How many times faster than AWS this account runs on the wall clock: 1 for AWS, more on a
   * sped-up Sandbox; the engine shortens its timings and deadlines by it.
   */
  default double speed() {
    return 1;
  }

  @Override
  void close();
}
