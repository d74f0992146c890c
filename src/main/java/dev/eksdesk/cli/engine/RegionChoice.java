package dev.eksdesk.cli.engine;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The region a command works in. A spec's region is the command's, and a {@code --region} that
 * differs from it is refused rather than silently building elsewhere; without a spec, the AWS CLI's
 * order: {@code --region}, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the profile's region.
 */
final class RegionChoice {
  private RegionChoice() {}

  /**
   * @param flag {@code --region}, or null
   * @param specRegion the spec's region when the command has a spec, else null
   * @param profileRegion the chosen profile's {@code region}, read only when needed
   * @throws IllegalArgumentException saying what is wrong and what to do
   */
  static String resolve(
      String flag,
      String specRegion,
      Map<String, String> environment,
      Supplier<Optional<String>> profileRegion) {
    if (specRegion != null) {
      if (flag != null && !flag.equals(specRegion)) {
        throw new IllegalArgumentException(
            "--region "
                + flag
                + " differs from the spec's region "
                + specRegion
                + ": drop --region, or change region in the spec");
      }
      return specRegion;
    }
    return Optional.ofNullable(blankToNull(flag))
        .or(() -> Optional.ofNullable(blankToNull(environment.get("AWS_REGION"))))
        .or(() -> Optional.ofNullable(blankToNull(environment.get("AWS_DEFAULT_REGION"))))
        .or(profileRegion)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no region: pass --region, set AWS_REGION or AWS_DEFAULT_REGION, or give the"
                        + " profile a region (or use --sandbox for the simulated account)"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
