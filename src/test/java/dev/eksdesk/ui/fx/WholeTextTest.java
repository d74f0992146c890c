package dev.eksdesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class WholeTextTest {
  private static final String LONG = "i-0123456789abcdef0 in eu-central-1a, launched 3 hours ago";
  private Label cell;
  private Button cancel;

  @Start
  void start(Stage stage) {
    cell = new Label(LONG);
    cancel = new Button("Cancel");
    cell.setId("cut");
    cell.setMinWidth(0);
    StackPane column = new StackPane(cell); // as a table cell sits in its column
    column.setMinWidth(0);
    HBox row = new HBox(8, column, cancel);
    WholeText.keepControlsWhole(row);
    WholeText.tooltipsForCutText(row);
    stage.setScene(new Scene(row, 160, 40));
    stage.show();
  }

  @Test
  void aCutLabelShowsItsWholeValueInATooltipAndTheButtonKeepsItsText(FxRobot robot) {
    robot.moveTo("#cut");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(WholeText.isCut(cell)).isTrue();
    assertThat(cell.getTooltip()).isNotNull();
    assertThat(cell.getTooltip().getText()).isEqualTo(LONG);
    assertThat(WholeText.isCut(cancel)).isFalse();
    assertThat(cancel.getWidth()).isGreaterThanOrEqualTo(cancel.prefWidth(-1));
  }
}
