package dev.eksdesk.app;

import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.ui.shell.MainWindowViewModel;
import dev.eksdesk.ui.wizard.AccountSelection;
import java.util.List;

/** Connects the wizard to the provisioning engine. */
final class Provisioning {
  private final MainWindowViewModel shell;

  Provisioning(MainWindowViewModel shell) {
    this.shell = shell;
  }

  List<String> describePlan(ClusterSpec spec) {
    return List.of();
  }

  void create(ClusterSpec spec, AccountSelection account) {
    shell.navigate(dev.eksdesk.ui.shell.Section.TOPOLOGY);
  }
}
