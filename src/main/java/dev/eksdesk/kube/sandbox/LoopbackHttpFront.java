package dev.eksdesk.kube.sandbox;

import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.vertx.HttpServerRequestHandler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plain HTTP (and web sockets, for watches and port forwards) on a free loopback port, every
 * request answered by one dispatcher. It replaces fabric8's {@code MockWebServer}, which can also
 * serve TLS with a self-signed certificate and so links BouncyCastle (12 MB) into the app although
 * the Sandbox never asks for TLS (docs/PERFORMANCE.md, "Download and install size").
 */
final class LoopbackHttpFront implements AutoCloseable {
  /** The Kubernetes stream protocols that fabric8's client offers for port forwards. */
  private static final List<String> STREAM_PROTOCOLS =
      List.of("v1.channel.k8s.io", "v2.channel.k8s.io", "v3.channel.k8s.io", "v4.channel.k8s.io");

  private static final long WAIT_SECONDS = 10;

  private final Vertx vertx = Vertx.vertx();
  private final Dispatcher dispatcher;
  private final HttpServer server;

  /** Starts listening; throws {@link IllegalStateException} when no port could be had. */
  LoopbackHttpFront(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
    HttpServerOptions options =
        new HttpServerOptions()
            .setHost(InetAddress.getLoopbackAddress().getHostAddress())
            .setPort(0)
            .setWebSocketSubProtocols(STREAM_PROTOCOLS)
            .setHandle100ContinueAutomatically(true);
    server =
        vertx
            .createHttpServer(options)
            .requestHandler(
                new HttpServerRequestHandler(vertx) {
                  @Override
                  protected MockResponse onHttpRequest(RecordedRequest request) {
                    return dispatcher.dispatch(request);
                  }
                });
    try {
      await(server.listen());
    } catch (TimeoutException | ExecutionException e) {
      vertx.close();
      throw new IllegalStateException(
          "the Sandbox's Kubernetes API could not listen on loopback", e);
    }
  }

  /** The address clients use, ending in "/". */
  String url() {
    return "http://localhost:" + server.actualPort() + "/";
  }

  /**
   * Stops answering and releases the event loop. On a very busy machine the event loop may take
   * longer than {@value #WAIT_SECONDS} s to stop; the server is stopping either way, so that is
   * thrown as {@link IllegalStateException} for the caller to log.
   */
  @Override
  public void close() {
    dispatcher.shutdown();
    try {
      await(vertx.close()); // closes the server with it
    } catch (TimeoutException | ExecutionException e) {
      throw new IllegalStateException("the Sandbox's Kubernetes API took long to stop", e);
    }
  }

  private static <T> T await(Future<T> future) throws TimeoutException, ExecutionException {
    try {
      return future.toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the Sandbox's Kubernetes API changed", e);
    }
  }
}
