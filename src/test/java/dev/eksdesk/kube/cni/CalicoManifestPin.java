package dev.eksdesk.kube.cni;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the SHA-256 that {@link CalicoRelease#MANIFEST_SHA256} pins, from a copy of the manifest.
 *
 * <p>Source of the pinned value: projectcalico/calico, tag {@code v3.29.3} (commit
 * b5d7d74c111d943251b61827ea88d9e5518f823b), file {@code manifests/calico-vxlan.yaml} (blob
 * af0c6f24d80321470e3368e2a2f7ca4646a190d5, 324,326 bytes), which is what {@link
 * CalicoRelease#MANIFEST_URL} serves. A gzip of that exact file is kept in
 * src/test/resources/dev/eksdesk/kube/cni/calico-vxlan-v3.29.3.yaml.gz for {@code
 * CalicoReleaseTest}. To pin another release, change {@link CalicoRelease#VERSION}, take the file
 * from the tag ({@code git show <tag>:manifests/calico-vxlan.yaml > calico-vxlan.yaml} in a clone,
 * or download {@link CalicoRelease#MANIFEST_URL}), run this with its path and replace the gzip.
 */
public final class CalicoManifestPin {
  private CalicoManifestPin() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CalicoManifestPin PATH-TO-calico-vxlan.yaml");
      System.exit(2);
    }
    byte[] manifest = Files.readAllBytes(Path.of(args[0]));
    System.out.println(
        "MANIFEST_SHA256 = Optional.of(\""
            + PinnedDownload.sha256(manifest)
            + "\"); // "
            + manifest.length
            + " bytes");
  }
}
