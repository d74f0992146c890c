package dev.eksdesk.kube.cni;

import dev.eksdesk.kube.Conflicts;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Applies a multi-document manifest object by object: create, or replace what exists. Not
 * server-side apply (the sandbox's mock server has none), so fields other managers set on these
 * objects are overwritten, which is acceptable for objects the manifest owns outright.
 */
final class ManifestApplier {
  private final KubernetesClient client;

  ManifestApplier(KubernetesClient client) {
    this.client = client;
  }

  /** Returns what was applied, as "Kind namespace/name". */
  List<String> apply(String manifest) {
    List<HasMetadata> objects =
        client.load(new ByteArrayInputStream(manifest.getBytes(StandardCharsets.UTF_8))).items();
    return objects.stream()
        .map(
            object -> {
              createOrUpdate(object);
              return describe(object);
            })
        .toList();
  }

  private void createOrUpdate(HasMetadata object) {
    Conflicts.retried(() -> client.resource(object).createOr(NonDeletingOperation::update));
  }

  private static String describe(HasMetadata object) {
    String namespace = object.getMetadata().getNamespace();
    return object.getKind()
        + " "
        + (namespace == null ? "" : namespace + "/")
        + object.getMetadata().getName();
  }
}
