package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.KubeEndpoint;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's Kubernetes API: fabric8's mock server in CRUD mode on loopback, plus the eviction
 * subresource the mock lacks, so that the drain code written for EKS runs unchanged against it.
 */
final class SandboxApiServer implements AutoCloseable {
  /** The mock server logs every request at INFO through JUL; kept referenced so it stays quiet. */
  private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver.MockWebServer");

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(SandboxApiServer.class);

  private final KubernetesMockServer server;

  SandboxApiServer() {
    MOCK_LOG.setLevel(Level.WARNING);
    server =
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), new Dispatcher(), false);
    server.init(InetAddress.getLoopbackAddress(), 0);
  }

  KubeEndpoint endpoint() {
    return KubeEndpoint.anonymous(server.url("/"));
  }

  /**
   * Stops the server. The mock's watch listener blocks its event loop while a watch closes with
   * events still queued, and the server then gives up waiting for that loop after 10 s; the server
   * is stopping either way, so that is logged, not thrown.
   */
  @Override
  public void close() {
    try {
      server.destroy();
    } catch (IllegalStateException e) {
      LOG.debug("the mock API server took long to stop", e);
    }
  }

  private static final class Dispatcher extends KubernetesCrudDispatcher {
    private static final Pattern EVICTION =
        Pattern.compile("^/api/v1/namespaces/([^/]+)/pods/([^/?]+)/eviction(\\?.*)?$");

    private final EvictionSubresource evictions = new EvictionSubresource(this);

    Dispatcher() {
      super(List.of());
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      Matcher eviction = EVICTION.matcher(request.getPath());
      if ("POST".equals(request.getMethod()) && eviction.matches()) {
        return evictions.evict(eviction.group(1), eviction.group(2));
      }
      return super.dispatch(request);
    }
  }
}
