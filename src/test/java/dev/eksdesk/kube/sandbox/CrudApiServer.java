package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.KubeEndpoint;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;

/**
 * fabric8's mock API server in CRUD mode, as the sandbox runs it (closing a watch does not freeze
 * it), with nothing else of the sandbox: no controller, no nodes. For tests of code that reads any
 * cluster.
 */
public final class CrudApiServer implements AutoCloseable {
  private final SandboxApiServer server = new SandboxApiServer();
  private final KubernetesClient client = KubeClients.connect(server.endpoint());

  public KubernetesClient client() {
    return client;
  }

  public KubeEndpoint endpoint() {
    return server.endpoint();
  }

  /**
   * Stores the objects as they are (status included), without a request each: thousands of pods in
   * a second, where creating them through the API takes a quarter of a minute. Before anyone
   * watches.
   *
   * @param collection where they live, for example {@code /api/v1/namespaces/load/pods}
   */
  public void load(String collection, List<? extends HasMetadata> objects) {
    server.restore(
        objects.stream().map(o -> new SavedObject(collection, Serialization.asJson(o))).toList());
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
