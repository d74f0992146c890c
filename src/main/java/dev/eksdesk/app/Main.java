package dev.eksdesk.app;

import dev.eksdesk.cli.EksdeskCli;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.cloud.aws.AwsCliAccounts;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.engine.journal.EksdeskHome;
import java.nio.file.Path;
import javafx.application.Application;

/**
 * The one entry point: no arguments opens the desktop app, anything else is the CLI, which needs no
 * display. Not a subclass of Application, so the jar starts from the class path.
 */
public final class Main {
  private Main() {}

  private static KubeCommandContext clusters(Path home, InstanceCatalog catalog) {
    return new KubeCommandContext(
        new SandboxClusterOpener(home, catalog), new AwsClusterOpening(home, catalog));
  }

  public static void main(String[] args) {
    if (args.length == 0) {
      Application.launch(EksdeskApp.class);
    } else {
      System.exit(
          EksdeskCli.run(
              clusters(EksdeskHome.resolve(), InstanceCatalog.bundled()),
              AwsCliAccounts.forCurrentUser(),
              args));
    }
  }
}
