package dev.eksdesk.cli.engine;

import dev.eksdesk.engine.exec.Durations;
import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.EngineListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/** One line per event that matters to a person watching a terminal; waits are not repeated. */
final class ProgressPrinter implements EngineListener {
  private final PrintWriter out;
  private final Instant start;
  private final Function<String, String> symbols;

  /**
   * @param symbols the symbol of a step that changed the account ({@link StepSymbols})
   */
  ProgressPrinter(PrintWriter out, Instant start, Function<String, String> symbols) {
    this.out = out;
    this.start = start;
    this.symbols = symbols;
  }

  @Override
  public synchronized void on(EngineEvent event) {
    String line = line(event);
    if (line != null) {
      out.printf("[%8s] %s%n", Durations.words(Duration.between(start, event.at())), line);
      out.flush();
    }
  }

  private String line(EngineEvent event) {
    if (event instanceof EngineEvent.StepStarted) {
      var e = (EngineEvent.StepStarted) event;
      return "  " + e.stepId() + ": " + e.description();
    }
    if (event instanceof EngineEvent.StepRetrying) {
      var e = (EngineEvent.StepRetrying) event;
      return "~ "
          + e.stepId()
          + ": retry "
          + e.attempt()
          + " in "
          + Durations.words(e.delay())
          + " ("
          + e.cause()
          + ")";
    }
    if (event instanceof EngineEvent.StepSucceeded) {
      var e = (EngineEvent.StepSucceeded) event;
      return (e.changed() ? symbols.apply(e.stepId()) + " " : "= ")
          + e.stepId()
          + (e.resourceId().isEmpty() ? "" : " " + e.resourceId())
          + (e.changed() ? "" : " (already done)");
    }
    if (event instanceof EngineEvent.StepFailed) {
      var e = (EngineEvent.StepFailed) event;
      return "! " + e.stepId() + " failed: " + e.cause() + "\n           " + e.nextAction();
    }
    if (event instanceof EngineEvent.StepSkipped) {
      var e = (EngineEvent.StepSkipped) event;
      return "- " + e.stepId() + " skipped: " + e.reason();
    }
    return null; // progress ticks and the final event are summarised by the command
  }
}
