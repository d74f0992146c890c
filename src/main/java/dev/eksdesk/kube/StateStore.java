package dev.eksdesk.kube;

import java.io.IOException;
import java.util.Optional;

/**
 * Where something Eksdesk keeps about a cluster's Kubernetes outlives the process: the sandbox
 * cluster's objects, a recycle's progress. The app keeps each in a file of the cluster's folder.
 */
public interface StateStore {
  /** What was last saved, or empty when nothing was. */
  Optional<byte[]> load() throws IOException;

  /** Replaces what is saved as one write (a crash leaves the old content or the new). */
  void save(byte[] state) throws IOException;

  /** Forgets what is saved. */
  void delete() throws IOException;

  /** Nothing is kept: what would be saved lives as long as the process. */
  StateStore NONE =
      new StateStore() {
        @Override
        public Optional<byte[]> load() {
          return Optional.empty();
        }

        @Override
        public void save(byte[] state) {}

        @Override
        public void delete() {}
      };
}
