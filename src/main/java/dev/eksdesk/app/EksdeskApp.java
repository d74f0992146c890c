package dev.eksdesk.app;

import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.shell.AccountStatus;
import dev.eksdesk.ui.shell.MainWindowView;
import dev.eksdesk.ui.shell.MainWindowViewModel;
import dev.eksdesk.ui.shell.PlaceholderView;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The composition root: builds the services once and hands them to the views. */
public final class EksdeskApp extends Application {
  private final WindowState windowState = WindowState.userDefault();

  @Override
  public void start(Stage stage) {
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

    Parent root = Fxml.load(new MainWindowView(shell, PlaceholderView::of));
    Scene scene = new Scene(root, windowState.width(), windowState.height());
    Themes.addAppStylesheet(scene);
    stage.setTitle("Eksdesk");
    stage.setScene(scene);
    windowState.restorePosition(stage);
    stage.setOnCloseRequest(e -> windowState.rememberOnClose(stage));
    stage.show();
  }
}
