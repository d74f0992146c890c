package dev.eksdesk.kube.sandbox;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class WatchClosedOffTheEventLoopTest {

  /** What the mock's watch does when its server's event loop has already terminated. */
  private static final WebSocketListener STOPPED =
      new WebSocketListener() {
        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
          throw new RejectedExecutionException("event executor terminated");
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
          throw new RejectedExecutionException("event executor terminated");
        }
      };

  @Test
  void aWatchClosingAfterTheServerStoppedDoesNotThrowOnTheCloserThread() {
    WatchClosedOffTheEventLoop listener = new WatchClosedOffTheEventLoop(STOPPED, Runnable::run);

    assertThatCode(() -> listener.onClosed(null, 1000, "bye")).doesNotThrowAnyException();
    assertThatCode(() -> listener.onFailure(null, new IllegalStateException("gone"), null))
        .doesNotThrowAnyException();
  }
}
