package dev.eksdesk.cloud;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.ProfileInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * AWS as its own CLI knows it: the profiles of the user's AWS config files, an account opened with
 * one of them (or the environment's keys), and the kubeconfig {@code aws eks update-kubeconfig}
 * writes. The CLI reaches AWS through this; the composition root gives the SDK's implementation.
 */
public interface AwsAccounts {
  /** For a place without AWS: no profiles, and opening says so. */
  AwsAccounts NONE =
      new AwsAccounts() {
        @Override
        public List<ProfileInfo> profiles() {
          return List.of();
        }

        @Override
        public List<Path> configFiles() {
          return List.of();
        }

        @Override
        public AwsSession open(AccountChoice choice, String region, String endpointUrl) {
          throw new IllegalStateException("AWS accounts cannot be opened here");
        }

        @Override
        public Path defaultKubeconfig() {
          throw new IllegalStateException("no kubeconfig here");
        }

        @Override
        public void writeKubeconfig(Path kubeconfig, KubeconfigEntry entry) {
          throw new IllegalStateException("no kubeconfig here");
        }
      };

  /** The profiles of the user's AWS config and credentials files, by name. */
  List<ProfileInfo> profiles();

  /** Where those profiles are read from (the config file, then the credentials file). */
  List<Path> configFiles();

  /**
   * Opens the account and checks who the credentials belong to.
   *
   * @param endpointUrl an emulator's address (LocalStack, moto), empty for AWS itself
   * @throws IllegalStateException saying what is wrong and what to do (credentials refused or
   *     expired, the endpoint unreachable)
   */
  AwsSession open(AccountChoice choice, String region, String endpointUrl);

  /** The kubeconfig kubectl reads: KUBECONFIG's first file, else ~/.kube/config. */
  Path defaultKubeconfig();

  /** Adds or replaces the entry's cluster, user and context, and makes it the current context. */
  void writeKubeconfig(Path kubeconfig, KubeconfigEntry entry) throws IOException;
}
