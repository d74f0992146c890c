package dev.eksdesk.ui.topology;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One cluster in the Open cluster list: its name, its Kubernetes version and state below. */
final class FoundClusterCell extends ListCell<FoundCluster> {
  private final Label name = new Label();
  private final Label description = new Label();
  private final HBox row =
      new HBox(10, new FontIcon("mdi2k-kubernetes"), new VBox(2, name, description));

  FoundClusterCell() {
    name.getStyleClass().add("cluster-name");
    description.getStyleClass().add("cluster-description");
    row.getStyleClass().add("found-cluster");
  }

  @Override
  protected void updateItem(FoundCluster cluster, boolean empty) {
    super.updateItem(cluster, empty);
    if (empty || cluster == null) {
      setGraphic(null);
    } else {
      name.setText(cluster.name());
      description.setText(cluster.description());
      setGraphic(row);
    }
  }
}
