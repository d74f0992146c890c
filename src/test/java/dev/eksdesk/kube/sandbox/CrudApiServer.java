package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.KubeClients;
import io.fabric8.kubernetes.client.KubernetesClient;

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

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
