package dev.eksdesk.ui.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.AccountVerifier;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen and saves a PNG of each into docs/screenshots. Run it with
 * docs/screenshots/make.sh; it is not part of the normal test run.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {
  private static final Path OUT =
      Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
  private Scene scene;
  private MainWindowViewModel shell;
  private WizardViewModel wizard;

  @Start
  void start(Stage stage) {
    InstanceCatalog catalog = InstanceCatalog.bundled();
    PriceBook prices = PriceBook.bundled();
    AccountVerifier verifier =
        new AccountVerifier() {
          @Override
          public Verification verify(AccountChoice choice, String region, String endpoint) {
            return new Verification(
                true, "000000000000", "arn:aws:iam::000000000000:user/sandbox", "");
          }

          @Override
          public List<String> profiles() {
            return List.of();
          }
        };
    wizard =
        new WizardViewModel(
            new WizardServices(
                catalog,
                new CostEstimator(catalog, prices),
                verifier,
                spec -> List.of(),
                (s, a) -> {}),
            UiExecutors.direct(),
            DefaultSpecs.firstCluster());
    shell = new MainWindowViewModel(AccountStatus.sandbox("eu-central-1"));
    Themes.apply(false);
    scene =
        new Scene(
            Fxml.load(
                new MainWindowView(
                    shell,
                    section ->
                        section == Section.SETUP
                            ? Fxml.load(new WizardView(wizard, prices))
                            : PlaceholderView.of(section))),
            1360,
            900);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void everyScreen(FxRobot robot) throws IOException {
    Files.createDirectories(OUT);
    shoot(robot, "wizard-1-credentials");
    robot.interact(wizard::next);
    shoot(robot, "wizard-2-network");
    robot.interact(wizard::next);
    shoot(robot, "wizard-3-nodes");
    robot.interact(wizard::next);
    shoot(robot, "wizard-4-review");
    robot.interact(() -> shell.darkThemeProperty().set(true));
    robot.interact(() -> Themes.apply(true));
    shoot(robot, "wizard-4-review-dark");
    assertThat(OUT.resolve("wizard-4-review.png")).exists();
  }

  private void shoot(FxRobot robot, String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    var snapshot =
        new java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage>();
    robot.interact(() -> snapshot.set(scene.snapshot(null)));
    ImageIO.write(
        SwingFXUtils.fromFXImage(snapshot.get(), null), "png", OUT.resolve(name + ".png").toFile());
  }
}
