package dev.eksdesk.cli.engine;

import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.cloud.AwsAccounts;
import dev.eksdesk.cloud.AwsSession;
import dev.eksdesk.session.SandboxAccountSession;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
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
      (int) SandboxAccountSession.MIN_SPEED + " to " + (int) SandboxAccountSession.MAX_SPEED;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(names = "--sandbox", description = "Act on the simulated account instead of AWS.")
  boolean sandbox;

  @Option(
      names = "--speed",
      converter = SpeedConverter.class,
      description = "Sandbox time runs this many times faster: 1 (real time, the default) to 1000.")
  Double speed;

  @Mixin AwsOptions aws = new AwsOptions();

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
    return openAws(context.aws(), specRegion, err).map(AccountSession.class::cast);
  }

  /** Whether any account was named: --sandbox, --profile, --region or --endpoint-url. */
  boolean given() {
    return sandbox || aws.given();
  }

  /**
   * Whether AWS itself is named: --profile, --endpoint-url or keys in the environment, and not
   * --sandbox.
   */
  public boolean namesAws(Map<String, String> env) {
    return !sandbox() && aws.namesAws(env);
  }

  /** The --region given, if any. */
  public Optional<String> regionFlag() {
    return aws.regionFlag();
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
    if (sandbox && aws.given()) {
      throw new ParameterException(
          command.commandLine(),
          "--sandbox is the simulated account and takes no --profile, --region or --endpoint-url;"
              + " drop those, or drop --sandbox to use AWS");
    }
    if (!sandbox && speed != null) {
      throw new ParameterException(
          command.commandLine(), "--speed applies to the sandbox only: add --sandbox or drop it");
    }
    if (speed != null && !SandboxAccountSession.validSpeed(speed)) {
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
   * Opens the AWS account the flags name, or prints what is wrong and returns empty.
   *
   * @param specRegion the spec's region when the command has a spec, else null
   */
  public Optional<AwsSession> openAws(AwsAccounts accounts, String specRegion, PrintWriter err) {
    refuseConflicts();
    return aws.openAws(accounts, specRegion, err);
  }
}
