package dev.eksdesk.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.ResourceKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
  @Test
  void pollsEveryTwoSecondsAtFirstThenTwoPercentOfTheWaitUpToTwentySeconds() {
    assertThat(PollSchedule.after(Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
    assertThat(PollSchedule.after(Duration.ofSeconds(100))).isEqualTo(Duration.ofSeconds(2));
    assertThat(PollSchedule.after(Duration.ofSeconds(500))).isEqualTo(Duration.ofSeconds(10));
    assertThat(PollSchedule.after(Duration.ofMinutes(40))).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void readinessIsNoticedWithinTwoSecondsOrTwoPercentOfTheWaitCappedAtTwentySeconds() {
    Duration polled = Duration.ZERO;
    for (long readyAt = 0; readyAt <= 1800; readyAt += 7) {
      Duration ready = Duration.ofSeconds(readyAt);
      while (polled.compareTo(ready) < 0) {
        polled = polled.plus(PollSchedule.after(polled));
      }
      Duration late = polled.minus(ready);
      Duration allowed = PollSchedule.after(ready);
      assertThat(late).as("ready at %s s", readyAt).isLessThanOrEqualTo(allowed);
    }
  }

  @Test
  void theLongestWaitsDescribeTheirResourceAtMostTheBoundsEngineMdStates() {
    KindTiming eks = StepTimings.aws().of(ResourceKind.EKS_CLUSTER);

    assertThat(PollSchedule.callsWithin(Duration.ofSeconds(1))).isEqualTo(1);
    assertThat(PollSchedule.callsWithin(Duration.ofSeconds(100))).isEqualTo(51);
    assertThat(PollSchedule.callsWithin(eks.createDeadline())).isEqualTo(189);
    assertThat(PollSchedule.callsWithin(eks.deleteDeadline())).isEqualTo(229);
  }
}
