package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.KubeEndpoint;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's Kubernetes API: fabric8's CRUD dispatcher (the store behind its mock server) on
 * loopback through {@link LoopbackHttpFront}, plus what the dispatcher lacks: the eviction and log
 * subresources (so that the drain code written for EKS runs unchanged against it), the metrics API
 * ({@link MetricsApi}) and port forwards to pods ({@link PortForwardResponder}).
 */
final class SandboxApiServer implements AutoCloseable {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(SandboxApiServer.class);

  private final Dispatcher dispatcher;
  private final LoopbackHttpFront front;

  /**
   * Closes the dispatcher's watches off the event loop (see {@link WatchClosedOffTheEventLoop}).
   */
  private final ExecutorService watchCloser =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "sandbox-kube-watch-close");
            thread.setDaemon(true);
            return thread;
          });

  SandboxApiServer() {
    dispatcher = new Dispatcher(watchCloser);
    front = new LoopbackHttpFront(dispatcher);
  }

  KubeEndpoint endpoint() {
    return KubeEndpoint.anonymous(front.url());
  }

  /**
   * Every object the server stores, as JSON beside the collection it was created in: what etcd
   * holds for a real cluster.
   */
  List<SavedObject> savedObjects() {
    List<Map.Entry<AttributeSet, String>> entries;
    synchronized (dispatcher.getMap()) {
      entries = List.copyOf(dispatcher.getMap().entrySet());
    }
    return entries.stream()
        .map(e -> new SavedObject(collectionPath(e.getKey(), e.getValue()), e.getValue()))
        .toList();
  }

  /**
   * Puts saved objects back as they were (uid, creation time, status and owners included, which a
   * create through the API would replace), before anyone watches. Resource versions given from now
   * on are newer than every restored one.
   */
  void restore(List<SavedObject> objects) {
    long newest = 0;
    for (SavedObject object : objects) {
      GenericKubernetesResource resource =
          Serialization.unmarshal(object.json(), GenericKubernetesResource.class);
      dispatcher.processEvent(
          object.collection(),
          dispatcher.getKey(object.collection()),
          null,
          resource,
          object.json());
      newest = Math.max(newest, resourceVersion(resource));
    }
    while (dispatcher.requestResourceVersion() <= newest) {
      // the mock's counter only counts up; bring it past the restored versions
    }
  }

  private static long resourceVersion(GenericKubernetesResource resource) {
    String version = resource.getMetadata().getResourceVersion();
    return version == null || !version.chars().allMatch(Character::isDigit)
        ? 0
        : Long.parseLong(version);
  }

  /** Where the object was created: /api/v1/namespaces/NS/pods, /apis/apps/v1/daemonsets, ... */
  private static String collectionPath(AttributeSet key, String json) {
    GenericKubernetesResource resource =
        Serialization.unmarshal(json, GenericKubernetesResource.class);
    String apiVersion = resource.getApiVersion();
    String namespace = resource.getMetadata().getNamespace();
    return (apiVersion.contains("/") ? "/apis/" : "/api/")
        + apiVersion
        + (namespace == null || namespace.isEmpty() ? "" : "/namespaces/" + namespace)
        + "/"
        + key.getAttribute(KubernetesAttributesExtractor.PLURAL).getValues().get(0);
  }

  /**
   * Stops the server. Its event loop may take longer than the front waits when the machine is very
   * busy; the server is stopping either way, so that is logged, not thrown.
   */
  @Override
  public void close() {
    try {
      front.close();
    } catch (IllegalStateException e) {
      LOG.debug("the Sandbox's Kubernetes API took long to stop", e);
    } finally {
      watchCloser.shutdownNow();
    }
  }

  private static final class Dispatcher extends KubernetesCrudDispatcher {
    private static final Pattern EVICTION =
        Pattern.compile("^/api/v1/namespaces/([^/]+)/pods/([^/?]+)/eviction(\\?.*)?$");
    private static final Pattern LOG_PATH =
        Pattern.compile("^/api/v1/namespaces/([^/]+)/pods/([^/?]+)/log(?:\\?(.*))?$");
    private static final Pattern PORT_FORWARD =
        Pattern.compile(
            "^/api/v1/namespaces/([^/]+)/pods/([^/?]+)/portforward\\?(?:.*&)?ports=(\\d+).*$");
    private static final Pattern METRICS =
        Pattern.compile(
            "^/apis/metrics\\.k8s\\.io/v1beta1/(?:namespaces/([^/]+)/)?(nodes|pods)(\\?.*)?$");

    private final EvictionSubresource evictions = new EvictionSubresource(this);
    private final PodLogSubresource logs = new PodLogSubresource(this, Clock.systemUTC());
    private final MetricsApi metrics = new MetricsApi(this, Clock.systemUTC());
    private final Executor watchCloser;

    Dispatcher(Executor watchCloser) {
      super(List.of());
      this.watchCloser = watchCloser;
    }

    @Override
    public MockResponse handleWatch(String path) {
      MockResponse watch = super.handleWatch(path);
      return new MockResponse()
          .withWebSocketUpgrade(
              new WatchClosedOffTheEventLoop(watch.getWebSocketListener(), watchCloser));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      Matcher eviction = EVICTION.matcher(request.getPath());
      if ("POST".equals(request.getMethod()) && eviction.matches()) {
        return evictions.evict(eviction.group(1), eviction.group(2));
      }
      Matcher log = LOG_PATH.matcher(request.getPath());
      if ("GET".equals(request.getMethod()) && log.matches()) {
        return logs.read(log.group(1), log.group(2), log.group(3));
      }
      Matcher forward = PORT_FORWARD.matcher(request.getPath());
      if ("GET".equals(request.getMethod()) && forward.matches()) {
        return portForward(forward.group(1), forward.group(2), Integer.parseInt(forward.group(3)));
      }
      Matcher metricsPath = METRICS.matcher(request.getPath());
      if ("GET".equals(request.getMethod()) && metricsPath.matches()) {
        return metrics.answer(metricsPath.group(2), metricsPath.group(1));
      }
      return super.dispatch(request);
    }

    private MockResponse portForward(String namespace, String pod, int port) {
      if (handleGet("/api/v1/namespaces/" + namespace + "/pods/" + pod).code() != 200) {
        return StoreReplies.status(404, "NotFound", "pods \"" + pod + "\" not found");
      }
      return new MockResponse()
          .withWebSocketUpgrade(new PortForwardResponder(namespace, pod, port));
    }
  }
}
