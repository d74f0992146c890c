package dev.eksdesk.account;

import java.io.IOException;

/** Keeps typed keys as a named profile, only when the user asks (mode 0600 on disk). */
public interface CredentialsStore {
  /**
   * @throws IllegalArgumentException for a profile name or key the file cannot hold, saying why
   */
  void save(String profileName, AccountChoice.StaticKeys keys) throws IOException;
}
