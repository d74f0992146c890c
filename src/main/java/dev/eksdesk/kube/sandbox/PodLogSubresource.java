package dev.eksdesk.kube.sandbox;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GET pods/{name}/log as the kubelet answers it through the API server, with the lines {@link
 * ContainerLogLines} makes up, and its refusals (no such container, not started, no previous
 * instance) in its words.
 *
 * <p>The mock server sends a body whole, so a follow cannot stay open: it is answered a second
 * later with the lines written meanwhile, and the follower opens the log again after the last line
 * it saw, as it does when a real stream ends while the container runs ({@code kube.LogFollow}).
 */
final class PodLogSubresource {
  /** What one read gives at most, as the kubelet's log rotation bounds a real one. */
  private static final int MOST_LINES = 5000;

  private static final Duration FOLLOW_WAIT = Duration.ofSeconds(1);

  private final KubernetesCrudDispatcher store;
  private final Clock clock;

  PodLogSubresource(KubernetesCrudDispatcher store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  MockResponse read(String namespace, String name, String query) {
    MockResponse found = store.handleGet("/api/v1/namespaces/" + namespace + "/pods/" + name);
    if (found.code() != 200) {
      return status(404, "NotFound", "pods \"" + name + "\" not found");
    }
    Pod pod = Serialization.unmarshal(found.getBody().readUtf8(), Pod.class);
    Map<String, String> params = parameters(query);
    List<String> containers =
        pod.getSpec().getContainers().stream().map(Container::getName).toList();
    String container = params.getOrDefault("container", containers.get(0));
    if (!containers.contains(container)) {
      return status(400, "BadRequest", "container " + container + " is not valid for pod " + name);
    }
    if (Boolean.parseBoolean(params.get("previous"))) {
      return status(
          400,
          "BadRequest",
          "previous terminated container \"" + container + "\" in pod \"" + name + "\" not found");
    }
    Instant started = startedAt(pod, container);
    if (started == null) {
      return status(
          400,
          "BadRequest",
          "container \""
              + container
              + "\" in pod \""
              + name
              + "\" is waiting to start: ContainerCreating");
    }
    boolean follow = Boolean.parseBoolean(params.get("follow"));
    Instant now = clock.instant();
    Instant until = follow ? now.plus(FOLLOW_WAIT) : now;
    Instant after = started.minusNanos(1);
    if (params.containsKey("sinceSeconds")) {
      after = latest(after, now.minusSeconds(Long.parseLong(params.get("sinceSeconds"))));
    }
    if (params.containsKey("sinceTime")) {
      after = latest(after, Instant.parse(params.get("sinceTime")).minusNanos(1));
    }
    int most =
        params.containsKey("tailLines")
            ? Math.min(MOST_LINES, Integer.parseInt(params.get("tailLines")))
            : MOST_LINES;
    boolean timestamps = Boolean.parseBoolean(params.get("timestamps"));
    String body =
        new ContainerLogLines(name, container, started)
            .between(after, until, most).stream()
                .map(l -> (timestamps ? l.at() + " " : "") + l.text() + "\n")
                .collect(Collectors.joining());
    MockResponse response =
        new MockResponse()
            .setResponseCode(200)
            .setHeader("Content-Type", "text/plain")
            .setBody(body);
    return follow ? response.setBodyDelay(FOLLOW_WAIT) : response;
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** When the container started running, null while it has not. */
  private static Instant startedAt(Pod pod, String container) {
    if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
      return null;
    }
    return pod.getStatus().getContainerStatuses().stream()
        .filter(s -> container.equals(s.getName()))
        .map(ContainerStatus::getState)
        .filter(s -> s != null && s.getRunning() != null && s.getRunning().getStartedAt() != null)
        .map(s -> Instant.parse(s.getRunning().getStartedAt()))
        .findFirst()
        .orElse(null);
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> params = new HashMap<>();
    if (query == null || query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        params.put(
            pair.substring(0, equals),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  private static MockResponse status(int code, String reason, String message) {
    return new MockResponse()
        .setResponseCode(code)
        .setBody(
            Serialization.asJson(
                new StatusBuilder()
                    .withStatus("Failure")
                    .withCode(code)
                    .withReason(reason)
                    .withMessage(message)
                    .build()));
  }
}
