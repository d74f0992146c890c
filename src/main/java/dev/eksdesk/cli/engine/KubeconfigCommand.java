package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cloud.AwsSession;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.KubeconfigEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eksdesk kubeconfig NAME}: what {@code aws eks update-kubeconfig} does, so that kubectl
 * reaches an EKS cluster: an entry named by the cluster's ARN, made the current context.
 */
@Command(
    name = "kubeconfig",
    description =
        "Add an EKS cluster to your kubeconfig (as `aws eks update-kubeconfig` does) so kubectl"
            + " reaches it.")
public final class KubeconfigCommand implements Callable<Integer> {
  private final EngineCommandContext context;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "the cluster's name")
  private String name;

  @Option(
      names = "--kubeconfig",
      description = "The file to write (default: the first of KUBECONFIG, else ~/.kube/config).")
  private Path kubeconfig;

  @Mixin private AccountOptions accountOptions = new AccountOptions();

  public KubeconfigCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public KubeconfigCommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    if (accountOptions.sandbox()) {
      err.println(
          "eksdesk: a sandbox cluster runs inside Eksdesk and kubectl cannot reach it; use"
              + " `eksdesk nodes NAME --sandbox` or the Nodes & Pods screen");
      return ExitCodes.USAGE;
    }
    Optional<AwsSession> opened = accountOptions.openAws(context.aws(), null, err);
    if (opened.isEmpty()) {
      return ExitCodes.USAGE;
    }
    Path target = kubeconfig != null ? kubeconfig : context.aws().defaultKubeconfig();
    try (AwsSession session = opened.get()) {
      KubeconfigEntry entry = session.kubeconfigEntry(name);
      context.aws().writeKubeconfig(target, entry);
      spec.commandLine()
          .getOut()
          .println("Added " + entry.clusterArn() + " to " + target + " as the current context.");
      return ExitCodes.OK;
    } catch (CloudException e) {
      err.println("eksdesk: " + e.getMessage());
      return ExitCodes.FAILED;
    } catch (IOException e) {
      err.println("eksdesk: could not write " + target + ": " + e.getMessage());
      return ExitCodes.FAILED;
    }
  }
}
