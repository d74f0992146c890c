package dev.eksdesk.ui.nodes;

import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.ObjectRef;
import dev.eksdesk.ui.fx.UiExecutors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The details window of a pod or node: its description and its YAML, read when asked. */
public final class ObjectDetailsViewModel {
  private final KubeGateway gateway;
  private final ObjectRef object;
  private final UiExecutors executors;
  private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper yaml = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

  public ObjectDetailsViewModel(KubeGateway gateway, ObjectRef object, UiExecutors executors) {
    this.gateway = gateway;
    this.object = object;
    this.executors = executors;
  }

  /** Reads the object again, off the FX thread. */
  public void load() {
    status.set("Reading " + object + "…");
    executors
        .background()
        .execute(
            () -> {
              try {
                String described = gateway.objects().describe(object);
                String asYaml = gateway.objects().yaml(object);
                executors
                    .fx()
                    .execute(
                        () -> {
                          description.set(described);
                          yaml.set(asYaml);
                          status.set("Read just now; Refresh reads it again.");
                        });
              } catch (RuntimeException e) {
                executors.fx().execute(() -> status.set(e.getMessage()));
              }
            });
  }

  public ObjectRef object() {
    return object;
  }

  public ReadOnlyStringProperty descriptionProperty() {
    return description.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty yamlProperty() {
    return yaml.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
