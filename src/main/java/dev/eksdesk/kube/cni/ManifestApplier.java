package dev.eksdesk.kube.cni;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
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
  private static final int HTTP_CONFLICT = 409;
  private static final int CONFLICT_ATTEMPTS = 5;
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

  /**
   * An update races with the cluster's own controllers writing the same object (a DaemonSet's
   * status, say); a 409 conflict is answered, as kubectl does, by trying again on the latest.
   */
  private void createOrUpdate(HasMetadata object) {
    for (int attempt = 1; ; attempt++) {
      try {
        client.resource(object).createOr(NonDeletingOperation::update);
        return;
      } catch (KubernetesClientException e) {
        if (e.getCode() != HTTP_CONFLICT || attempt == CONFLICT_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static String describe(HasMetadata object) {
    String namespace = object.getMetadata().getNamespace();
    return object.getKind()
        + " "
        + (namespace == null ? "" : namespace + "/")
        + object.getMetadata().getName();
  }
}
