package dev.eksdesk.ui.provisioning;

import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.EngineListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The one place engine events cross onto the FX thread. Events queue up on engine threads and are
 * handed over in batches, one FX task at a time, so a burst of events costs one redraw.
 */
public final class EngineEventBridge implements EngineListener {
  private final Executor fx;
  private final Consumer<List<EngineEvent>> sink;
  private final ConcurrentLinkedQueue<EngineEvent> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  public EngineEventBridge(Executor fx, Consumer<List<EngineEvent>> sink) {
    this.fx = fx;
    this.sink = sink;
  }

  @Override
  public void on(EngineEvent event) {
    queue.add(event);
    if (scheduled.compareAndSet(false, true)) {
      fx.execute(this::drain);
    }
  }

  private void drain() {
    scheduled.set(false);
    List<EngineEvent> batch = new ArrayList<>();
    for (EngineEvent event; (event = queue.poll()) != null; ) {
      batch.add(event);
    }
    if (!batch.isEmpty()) {
      sink.accept(batch);
    }
  }
}
