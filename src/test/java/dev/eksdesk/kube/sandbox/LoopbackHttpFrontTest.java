package dev.eksdesk.kube.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LoopbackHttpFrontTest {

  /** Answers each request with its method, path and body, so the test sees what arrived. */
  private static final class Echo extends Dispatcher {
    final AtomicBoolean shutDown = new AtomicBoolean();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      return new MockResponse()
          .setResponseCode(request.getMethod().equals("POST") ? 201 : 200)
          .setBody(request.getMethod() + " " + request.getPath() + " " + request.getUtf8Body());
    }

    @Override
    public void shutdown() {
      shutDown.set(true);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyRequestIsAnsweredByTheDispatcherOnLoopback() throws Exception {
    Echo echo = new Echo();
    try (LoopbackHttpFront front = new LoopbackHttpFront(echo)) {
      assertThat(front.url()).matches("http://localhost:\\d+/");

      HttpResponse<String> get = send(front, "GET", "api/v1/namespaces/default/pods?watch=false");
      HttpResponse<String> post = send(front, "POST", "api/v1/namespaces");

      assertThat(get.statusCode()).isEqualTo(200);
      assertThat(get.body()).isEqualTo("GET /api/v1/namespaces/default/pods?watch=false ");
      assertThat(post.statusCode()).isEqualTo(201);
      assertThat(post.body()).isEqualTo("POST /api/v1/namespaces {\"kind\":\"Namespace\"}");
    }
  }

  @Test
  void closingStopsTheDispatcherAndFreesThePort() throws Exception {
    Echo echo = new Echo();
    LoopbackHttpFront front = new LoopbackHttpFront(echo);
    send(front, "GET", "version");

    front.close();

    assertThat(echo.shutDown).isTrue();
    assertThatThrownBy(() -> send(front, "GET", "version")).isInstanceOf(ConnectException.class);
  }

  private HttpResponse<String> send(LoopbackHttpFront front, String method, String path)
      throws Exception {
    HttpRequest.BodyPublisher body =
        method.equals("POST")
            ? HttpRequest.BodyPublishers.ofString("{\"kind\":\"Namespace\"}")
            : HttpRequest.BodyPublishers.noBody();
    return http.send(
        HttpRequest.newBuilder(URI.create(front.url() + path))
            .version(HttpClient.Version.HTTP_1_1)
            .method(method, body)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
