package dev.eksdesk.ui.fx;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a TestFX test during which the FX thread waited more than 100 ms in Eksdesk code on a lock,
 * the disk or the network (see {@link BlockingCallSampler}): the window must never freeze on AWS,
 * Kubernetes or a file. Register it after {@code ApplicationExtension}, which starts the toolkit.
 */
public final class FxThreadWatchdog implements BeforeEachCallback, AfterEachCallback {
  static final Duration LIMIT = Duration.ofMillis(100);
  private static final String FX_THREAD = "JavaFX Application Thread";
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FxThreadWatchdog.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    Thread fx =
        Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> thread.getName().equals(FX_THREAD))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No FX thread: is the toolkit started?"));
    context.getStore(NAMESPACE).put(BlockingCallSampler.class, new BlockingCallSampler(fx, LIMIT));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    BlockingCallSampler sampler =
        context.getStore(NAMESPACE).remove(BlockingCallSampler.class, BlockingCallSampler.class);
    if (sampler == null) {
      return; // beforeEach failed; its error is the one to report
    }
    sampler.close();
    List<String> stalls = sampler.stalls();
    if (!stalls.isEmpty()) {
      throw new AssertionError(
          "The FX thread waited on a lock, the disk or the network:\n"
              + String.join("\n\n", stalls));
    }
  }
}
