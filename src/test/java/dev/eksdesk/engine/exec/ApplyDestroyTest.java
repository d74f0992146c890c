package dev.eksdesk.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.engine.SandboxWorld;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyDestroyTest {
  @TempDir Path home;

  @Test
  void applyBuildsEveryStepOnceAndDestroyLeavesNothing() throws Exception {
    SandboxWorld world = new SandboxWorld(home);

    RunSummary applied = world.apply();

    assertThat(applied.outcome()).as(applied.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(applied.changed()).isEqualTo(world.plan.size());
    world.plan.steps().stream()
        .filter(s -> s.kind().taggable())
        .forEach(s -> assertThat(world.withStep(s.id())).as(s.id()).isEqualTo(1));
    assertThat(applied.elapsed()).isBetween(Duration.ofMinutes(13), Duration.ofMinutes(18));

    RunSummary destroyed = world.destroy();

    assertThat(destroyed.outcome()).as(destroyed.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(destroyed.message()).startsWith("Nothing left that costs money");
    assertThat(world.owned()).isZero();
    assertThat(world.account.everything()).isEmpty();
  }

  @Test
  void aSecondApplyCreatesNothing() throws Exception {
    SandboxWorld world = new SandboxWorld(home);
    world.apply();
    int before = world.tagged();

    RunSummary again = world.apply();

    assertThat(again.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(again.changed()).isZero();
    assertThat(again.unchanged()).isEqualTo(world.plan.size());
    assertThat(world.tagged()).isEqualTo(before);
  }
}
