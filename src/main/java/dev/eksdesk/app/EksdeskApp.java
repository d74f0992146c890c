package dev.eksdesk.app;

import dev.eksdesk.cloud.aws.AwsAccountVerifier;
import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.fx.UiExecutors;
import dev.eksdesk.ui.shell.AccountStatus;
import dev.eksdesk.ui.shell.MainWindowView;
import dev.eksdesk.ui.shell.MainWindowViewModel;
import dev.eksdesk.ui.shell.PlaceholderView;
import dev.eksdesk.ui.shell.Section;
import dev.eksdesk.ui.wizard.WizardServices;
import dev.eksdesk.ui.wizard.WizardView;
import dev.eksdesk.ui.wizard.WizardViewModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The composition root: builds the services once and hands them to the views. */
public final class EksdeskApp extends Application {
  private final WindowState windowState = WindowState.userDefault();
  private final ExecutorService background =
      Executors.newFixedThreadPool(
          2,
          runnable -> {
            Thread thread = new Thread(runnable, "eksdesk-background");
            thread.setDaemon(true);
            return thread;
          });

  @Override
  public void start(Stage stage) {
    InstanceCatalog catalog = InstanceCatalog.bundled();
    PriceBook prices = PriceBook.bundled();
    UiExecutors executors = new UiExecutors(background, Platform::runLater);

    MainWindowViewModel shell = new MainWindowViewModel(AccountStatus.sandbox(DefaultSpecs.REGION));
    shell.darkThemeProperty().set(windowState.darkTheme());
    Themes.apply(shell.darkThemeProperty().get());
    shell
        .darkThemeProperty()
        .addListener(
            (obs, old, dark) -> {
              Themes.apply(dark);
              windowState.rememberTheme(dark);
            });

    Provisioning provisioning = new Provisioning(shell);
    WizardServices wizardServices =
        new WizardServices(
            catalog,
            new CostEstimator(catalog, prices),
            new AccountVerifiers(
                new AwsAccountVerifier(new AwsProfiles(AwsConfigLocations.forCurrentUser()))),
            provisioning::describePlan,
            provisioning::create);
    WizardViewModel wizard =
        new WizardViewModel(wizardServices, executors, DefaultSpecs.firstCluster());

    Parent root = Fxml.load(new MainWindowView(shell, section -> screen(section, wizard, prices)));
    Scene scene = new Scene(root, windowState.width(), windowState.height());
    Themes.addAppStylesheet(scene);
    stage.setTitle("Eksdesk");
    stage.setScene(scene);
    windowState.restorePosition(stage);
    stage.setOnCloseRequest(e -> windowState.rememberOnClose(stage));
    stage.show();
  }

  private static Node screen(Section section, WizardViewModel wizard, PriceBook prices) {
    return switch (section) {
      case SETUP -> Fxml.load(new WizardView(wizard, prices));
      default -> PlaceholderView.of(section);
    };
  }

  @Override
  public void stop() {
    background.shutdownNow();
  }
}
