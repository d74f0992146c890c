package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;

/**
 * An object as the user inspects it: its YAML (without managedFields, as kubectl get -o yaml prints
 * it since 1.21) and a description in the manner of kubectl describe.
 */
public final class ObjectViews {
  private final KubernetesClient client;

  ObjectViews(KubernetesClient client) {
    this.client = client;
  }

  /**
   * @throws IllegalStateException saying so when the object is gone
   */
  public String yaml(ObjectRef object) {
    HasMetadata found = get(object);
    found.getMetadata().setManagedFields(null);
    String yaml = Serialization.asYaml(found);
    return yaml.startsWith("---\n") ? yaml.substring(4) : yaml;
  }

  /**
   * @throws IllegalStateException saying so when the object is gone
   */
  public String describe(ObjectRef object) {
    HasMetadata found = get(object);
    List<PodEventRow> events = PodEvents.of(client, object);
    return switch (object.kind()) {
      case POD -> new PodDescription((io.fabric8.kubernetes.api.model.Pod) found, events).text();
      case NODE -> new NodeDescription((io.fabric8.kubernetes.api.model.Node) found, events).text();
    };
  }

  private HasMetadata get(ObjectRef object) {
    HasMetadata found =
        switch (object.kind()) {
          case POD -> client.pods().inNamespace(object.namespace()).withName(object.name()).get();
          case NODE -> client.nodes().withName(object.name()).get();
        };
    if (found == null) {
      throw new IllegalStateException(object + " no longer exists.");
    }
    return found;
  }
}
