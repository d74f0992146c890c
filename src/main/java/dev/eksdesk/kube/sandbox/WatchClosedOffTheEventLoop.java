package dev.eksdesk.kube.sandbox;

import io.fabric8.mockwebserver.http.ByteString;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watch's WebSocket listener whose close and failure handling run on another thread than the mock
 * server's event loop.
 *
 * <p>The mock's watch listener, on close, waits (up to a minute) for its sender thread to finish;
 * that thread waits (up to 30 s per event) for writes that only the event loop can complete. Run on
 * the one event loop, that freezes the whole sandbox API server whenever a client closes a watch
 * while events are queued for it: a view closing its watch while the sandbox controller writes.
 *
 * <p>Running later, a close may find the server stopped meanwhile: the socket went with the event
 * loop, so the loop's refusal of the close is expected then, and only logged.
 */
final class WatchClosedOffTheEventLoop extends WebSocketListener {
  private static final Logger LOG = LoggerFactory.getLogger(WatchClosedOffTheEventLoop.class);

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
    closer.execute(afterStopQuietly(() -> watch.onClosed(webSocket, code, reason)));
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
    closer.execute(afterStopQuietly(() -> watch.onFailure(webSocket, failure, response)));
  }

  private static Runnable afterStopQuietly(Runnable close) {
    return () -> {
      try {
        close.run();
      } catch (RejectedExecutionException stopped) {
        LOG.debug("a watch closed after the sandbox API server stopped", stopped);
      }
    };
  }
}
