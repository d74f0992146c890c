package dev.eksdesk.kube;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;

/** ObjectViews through fabric8. */
public final class Fabric8ObjectViews implements ObjectViews {
  /** Quotes only where YAML needs them, as kubectl prints; numbers in strings stay strings. */
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .build();

  private final KubernetesClient client;

  Fabric8ObjectViews(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public String yaml(ObjectRef object) {
    HasMetadata found = get(object);
    found.getMetadata().setManagedFields(null);
    try {
      return YAML.writeValueAsString(Serialization.jsonMapper().valueToTree(found));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(object + " cannot be shown as YAML: " + e.getMessage(), e);
    }
  }

  @Override
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
