package dev.eksdesk.app.startup;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The floor for a cold start: a JavaFX window with one label, nothing else. */
public final class BareWindow extends Application {
  @Override
  public void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(new Label("Bare window")), 1024, 700));
    stage.setTitle("Bare window");
    stage.show();
  }

  public static void main(String[] args) {
    launch(BareWindow.class, args);
  }
}
