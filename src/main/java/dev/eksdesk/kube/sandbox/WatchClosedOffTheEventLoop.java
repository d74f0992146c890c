package dev.eksdesk.kube.sandbox;

import io.fabric8.mockwebserver.http.ByteString;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.concurrent.Executor;

/**
 * A watch's WebSocket listener whose close and failure handling run on another thread than the mock
 * server's event loop.
 *
 * <p>The mock's watch listener, on close, waits (up to a minute) for its sender thread to finish;
 * that thread waits (up to 30 s per event) for writes that only the event loop can complete. Run on
 * the one event loop, that freezes the whole sandbox API server whenever a client closes a watch
 * while events are queued for it: a view closing its watch while the sandbox controller writes.
 */
final class WatchClosedOffTheEventLoop extends WebSocketListener {
  private final WebSocketListener watch;
  private final Executor closer;

  WatchClosedOffTheEventLoop(WebSocketListener watch, Executor closer) {
    this.watch = watch;
    this.closer = closer;
  }

  @Override
  public void onBeforeAccept(WebSocket webSocket, Response response) {
    watch.onBeforeAccept(webSocket, response);
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    watch.onOpen(webSocket, response);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    watch.onMessage(webSocket, text);
  }

  @Override
  public void onMessage(WebSocket webSocket, ByteString bytes) {
    watch.onMessage(webSocket, bytes);
  }

  @Override
  public void onMessage(WebSocket webSocket, byte[] bytes) {
    watch.onMessage(webSocket, bytes);
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    watch.onClosing(webSocket, code, reason);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    closer.execute(() -> watch.onClosed(webSocket, code, reason));
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
    closer.execute(() -> watch.onFailure(webSocket, failure, response));
  }
}
