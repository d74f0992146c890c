package dev.eksdesk.cli.engine;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.ProfileInfo;
import dev.eksdesk.cloud.CloudFailure;
import dev.eksdesk.cloud.aws.AwsAccountSession;
import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.AwsErrors;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.cloud.sandbox.SandboxSession;
import dev.eksdesk.session.AccountSession;
import dev.eksdesk.session.SandboxAccountSession;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Which account a command acts on, with the AWS CLI's own flags: {@code --sandbox} for the
 * simulated account, otherwise AWS through {@code --profile} (or the environment's keys, or
 * AWS_PROFILE, or the default profile), {@code --region} and {@code --endpoint-url}.
 */
public final class AccountOptions {
  private static final String SPEED_RANGE =
      (int) SandboxSession.MIN_SPEED + " to " + (int) SandboxSession.MAX_SPEED;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(names = "--sandbox", description = "Act on the simulated account instead of AWS.")
  boolean sandbox;

  @Option(
      names = "--speed",
      converter = SpeedConverter.class,
      description = "Sandbox time runs this many times faster: 1 (real time, the default) to 1000.")
  Double speed;

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

  /**
   * Opens the account, or prints what is wrong and returns empty.
   *
   * @param specRegion the spec's region when the command has a spec, else null
   */
  Optional<AccountSession> open(EngineCommandContext context, String specRegion, PrintWriter err) {
    if (sandbox()) {
      SandboxAccountSession session =
          new SandboxAccountSession(context.home(), context.catalog(), speed == null ? 1 : speed);
      session.repairs().forEach(repair -> err.println("eksdesk: " + repair));
      return Optional.of(session);
    }
    return openAws(specRegion, err).map(AccountSession.class::cast);
  }

  /** Whether any account was named: --sandbox, --profile, --region or --endpoint-url. */
  boolean given() {
    return sandbox || profile != null || region != null || endpointUrl != null;
  }

  /**
   * Whether AWS itself is named: --profile, --endpoint-url or keys in the environment. For a
   * command that works offline unless told otherwise (capacity).
   */
  public boolean namesAws(Map<String, String> env) {
    return !sandbox()
        && (profile != null || endpointUrl != null || env.containsKey("AWS_ACCESS_KEY_ID"));
  }

  /** The --region given, if any. */
  public Optional<String> regionFlag() {
    return Optional.ofNullable(region);
  }

  /**
   * Whether --sandbox was given.
   *
   * @throws ParameterException (exit code 2) when the options contradict each other
   */
  public boolean sandbox() {
    refuseConflicts();
    return sandbox;
  }

  /** Options that would be silently ignored are refused instead, before anything is opened. */
  private void refuseConflicts() {
    if (sandbox && (profile != null || region != null || endpointUrl != null)) {
      throw new ParameterException(
          command.commandLine(),
          "--sandbox is the simulated account and takes no --profile, --region or --endpoint-url;"
              + " drop those, or drop --sandbox to use AWS");
    }
    if (!sandbox && speed != null) {
      throw new ParameterException(
          command.commandLine(), "--speed applies to the sandbox only: add --sandbox or drop it");
    }
    if (speed != null && !SandboxSession.validSpeed(speed)) {
      throw new ParameterException(
          command.commandLine(),
          "--speed must be from "
              + SPEED_RANGE
              + " (times real time); "
              + speed
              + " is outside it");
    }
  }

  /** Reads --speed, saying "not a number" in words. */
  static final class SpeedConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        return Double.valueOf(value);
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a number; use " + SPEED_RANGE + ", e.g. 300");
      }
    }
  }

  /**
   * Opens the AWS account the flags name (--profile, --region, --endpoint-url, else the AWS CLI's
   * environment), or prints what is wrong and returns empty.
   *
   * @param specRegion the spec's region when the command has a spec, else null
   */
  public Optional<AwsAccountSession> openAws(String specRegion, PrintWriter err) {
    refuseConflicts();
    Map<String, String> env = System.getenv();
    AccountChoice choice = choice(env);
    AwsConfigLocations files = AwsConfigLocations.forCurrentUser();
    AwsProfiles profiles = new AwsProfiles(files);
    Optional<ProfileInfo> profile = Optional.empty();
    if (choice instanceof AccountChoice.Profile named) {
      profile = profiles.list().stream().filter(p -> p.name().equals(named.name())).findFirst();
      if (profile.isEmpty()) {
        err.println(
            "eksdesk: profile "
                + named.name()
                + " not found in "
                + files.configFile()
                + " or "
                + files.credentialsFile()
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
          AwsAccountSession.open(
              choice, chosenRegion, endpointUrl == null ? "" : endpointUrl, profiles));
    } catch (IllegalStateException e) {
      err.println("eksdesk: " + e.getMessage());
    } catch (RuntimeException e) {
      CloudFailure failure = new AwsErrors(choice, endpointUrl != null).translate(e);
      err.println("eksdesk: " + failure.message() + " " + failure.nextAction());
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
