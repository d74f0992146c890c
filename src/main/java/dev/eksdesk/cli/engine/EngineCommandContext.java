package dev.eksdesk.cli.engine;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.engine.journal.EksdeskHome;
import dev.eksdesk.session.SandboxAccountSession;
import java.nio.file.Path;

/**
 * What the engine commands share: the data folder and the instance catalog. Commands made by
 * picocli's no-argument constructors use {@link #fromEnvironment()}; tests pass their own.
 *
 * @param operatorCidr the operator's address used for "my-ip" when none is given on the command
 *     line (the sandbox does not care which)
 */
public record EngineCommandContext(Path home, InstanceCatalog catalog, String operatorCidr) {
  public static final String SANDBOX_OPERATOR = SandboxAccountSession.OPERATOR_CIDR;

  public static EngineCommandContext fromEnvironment() {
    return new EngineCommandContext(
        EksdeskHome.resolve(), InstanceCatalog.bundled(), SANDBOX_OPERATOR);
  }
}
