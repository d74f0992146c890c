package dev.eksdesk.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionChoiceTest {
  private static final Map<String, String> NONE = Map.of();

  @Test
  void withoutASpecTheAwsCliOrderHolds() {
    Map<String, String> both = Map.of("AWS_REGION", "eu-west-3", "AWS_DEFAULT_REGION", "us-east-2");

    assertThat(RegionChoice.resolve("ap-south-1", null, both, () -> Optional.of("sa-east-1")))
        .isEqualTo("ap-south-1");
    assertThat(RegionChoice.resolve(null, null, both, () -> Optional.of("sa-east-1")))
        .isEqualTo("eu-west-3");
    assertThat(
            RegionChoice.resolve(
                null, null, Map.of("AWS_DEFAULT_REGION", "us-east-2"), Optional::empty))
        .isEqualTo("us-east-2");
    assertThat(RegionChoice.resolve(null, null, NONE, () -> Optional.of("sa-east-1")))
        .isEqualTo("sa-east-1");
  }

  @Test
  void theSpecsRegionIsTheCommandsAndADifferentFlagIsRefusedNamingBoth() {
    Map<String, String> env = Map.of("AWS_REGION", "us-east-1");

    assertThat(RegionChoice.resolve(null, "eu-west-1", env, Optional::empty))
        .isEqualTo("eu-west-1");
    assertThat(RegionChoice.resolve("eu-west-1", "eu-west-1", env, Optional::empty))
        .isEqualTo("eu-west-1");
    assertThatThrownBy(() -> RegionChoice.resolve("us-east-1", "eu-west-1", env, Optional::empty))
        .hasMessage(
            "--region us-east-1 differs from the spec's region eu-west-1: drop --region, or"
                + " change region in the spec");
  }

  @Test
  void noRegionAnywhereSaysWhereOneCanBeGiven() {
    assertThatThrownBy(() -> RegionChoice.resolve(null, null, NONE, Optional::empty))
        .hasMessageContaining("--region")
        .hasMessageContaining("AWS_REGION")
        .hasMessageContaining("AWS_DEFAULT_REGION");
  }
}
