package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cloud.Scheduler;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.RunOutcome;
import dev.eksdesk.engine.exec.RunSummary;
import java.io.PrintWriter;
import java.util.function.Function;

/**
 * Runs an engine run to its end, its progress lines on stderr and its outcome (the result) on
 * stdout, and turns the outcome into an exit code.
 */
final class RunPrinter {
  private RunPrinter() {}

  /**
   * @param symbols each changed step's symbol on its progress line ({@link StepSymbols})
   */
  static int run(
      EngineRun run,
      Scheduler scheduler,
      Function<String, String> symbols,
      PrintWriter out,
      PrintWriter progress) {
    run.subscribe(new ProgressPrinter(progress, scheduler.instant(), symbols));
    Thread hook = new Thread(run::cancel, "eksdesk-cancel-on-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    run.start();
    RunSummary summary = run.completion().join();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook has cancelled the run
    }
    progress.flush();
    out.println(summary.message());
    out.flush();
    return summary.outcome() == RunOutcome.SUCCEEDED ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
