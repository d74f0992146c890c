package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.engine.diff.Change;
import dev.eksdesk.engine.diff.ChangeAction;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.exec.EngineEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress lines give each step the symbol of what the run did to it. */
class ProgressPrinterTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void eachActionPrintsItsOwnSymbol() {
    PlanDiff diff =
        new PlanDiff(
            "demo",
            List.of(
                change("subnet:a", ChangeAction.SAME),
                change("eks:nodegroup", ChangeAction.REPLACE),
                change("rule:bastion-ssh", ChangeAction.UPDATE),
                change("route:private-a-nat", ChangeAction.CREATE),
                change("vpc", ChangeAction.ADOPT),
                change("instance:bastion", ChangeAction.DELETE)));

    String printed =
        printed(
            StepSymbols.of(diff),
            done("subnet:a", false),
            done("subnet:b", true),
            done("eks:nodegroup", true),
            done("rule:bastion-ssh", true),
            done("route:private-a-nat", true),
            done("vpc", true),
            done("instance:bastion", true),
            done("eks:nodegroup@replaced", true));

    assertThat(printed.lines().map(line -> line.substring(11)))
        .containsExactly(
            "= subnet:a id (already done)",
            "+ subnet:b id",
            "-/+ eks:nodegroup id",
            "~ rule:bastion-ssh id",
            "+ route:private-a-nat id",
            "<= vpc id",
            "- instance:bastion id",
            "- eks:nodegroup@replaced id");
  }

  @Test
  void aDestroyPrintsDeletes() {
    assertThat(printed(StepSymbols.destroy(), done("vpc", true))).endsWith("] - vpc id\n");
  }

  private static String printed(
      java.util.function.Function<String, String> symbols, EngineEvent... events) {
    StringWriter text = new StringWriter();
    ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), START, symbols);
    for (EngineEvent event : events) {
      printer.on(event);
    }
    return text.toString();
  }

  private static EngineEvent done(String step, boolean changed) {
    return new EngineEvent.StepSucceeded(START, step, "id", changed);
  }

  private static Change change(String step, ChangeAction action) {
    return new Change(step, ResourceKind.VPC, action, step, "", List.of(), "", false);
  }
}
