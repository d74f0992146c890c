package dev.eksdesk.cli.engine;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.ProfileInfo;
import dev.eksdesk.cloud.AwsAccounts;
import dev.eksdesk.cloud.AwsSession;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * An AWS account named with the AWS CLI's own flags: {@code --profile} (or the environment's keys,
 * or AWS_PROFILE, or the default profile), {@code --region} and {@code --endpoint-url}. A command
 * that acts on AWS only (capacity's prices) takes these alone; the others take them through {@link
 * AccountOptions}, beside {@code --sandbox}.
 */
public final class AwsOptions {
  @Option(
      names = "--profile",
      description = "AWS profile from ~/.aws/config or ~/.aws/credentials.")
  String profile;

  @Option(
      names = "--region",
      description =
          "AWS region: the spec's when there is one (a different one is refused), else"
              + " AWS_REGION, AWS_DEFAULT_REGION or the profile's.")
  String region;

  @Option(
      names = "--endpoint-url",
      description = "An AWS API emulator's address (LocalStack, moto).")
  String endpointUrl;

  /** Whether any of --profile, --region or --endpoint-url was given. */
  boolean given() {
    return profile != null || region != null || endpointUrl != null;
  }

  /**
   * Whether AWS itself is named: --profile, --endpoint-url or keys in the environment. For a
   * command that works offline unless told otherwise (capacity).
   */
  public boolean namesAws(Map<String, String> env) {
    return profile != null || endpointUrl != null || env.containsKey("AWS_ACCESS_KEY_ID");
  }

  /** The --region given, if any. */
  public Optional<String> regionFlag() {
    return Optional.ofNullable(region);
  }

  /**
   * Opens the AWS account the flags name (--profile, --region, --endpoint-url, else the AWS CLI's
   * environment), or prints what is wrong and returns empty.
   *
   * @param specRegion the spec's region when the command has a spec, else null
   */
  public Optional<AwsSession> openAws(AwsAccounts accounts, String specRegion, PrintWriter err) {
    Map<String, String> env = System.getenv();
    AccountChoice choice = choice(env);
    Optional<ProfileInfo> profile = Optional.empty();
    if (choice instanceof AccountChoice.Profile named) {
      profile = accounts.profiles().stream().filter(p -> p.name().equals(named.name())).findFirst();
      if (profile.isEmpty()) {
        err.println(
            "eksdesk: profile "
                + named.name()
                + " not found in "
                + String.join(
                    " or ", accounts.configFiles().stream().map(Object::toString).toList())
                + ": add it (aws configure --profile "
                + named.name()
                + "), or name another with --profile");
        return Optional.empty();
      }
    }
    Optional<String> profileRegion = profile.flatMap(ProfileInfo::region);
    String chosenRegion;
    try {
      chosenRegion = RegionChoice.resolve(region, specRegion, env, () -> profileRegion);
    } catch (IllegalArgumentException e) {
      err.println("eksdesk: " + e.getMessage());
      return Optional.empty();
    }
    try {
      return Optional.of(
          accounts.open(choice, chosenRegion, endpointUrl == null ? "" : endpointUrl));
    } catch (IllegalStateException e) {
      err.println("eksdesk: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** The AWS CLI's order: --profile, then keys in the environment, then AWS_PROFILE/default. */
  private AccountChoice choice(Map<String, String> env) {
    if (profile != null) {
      return new AccountChoice.Profile(profile);
    }
    if (env.containsKey("AWS_ACCESS_KEY_ID")) {
      return new AccountChoice.Environment();
    }
    return new AccountChoice.Profile(env.getOrDefault("AWS_PROFILE", "default"));
  }
}
