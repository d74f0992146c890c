package dev.eksdesk.account;

/** How a named profile obtains its credentials; the wizard explains each one differently. */
public enum ProfileKind {
  /** {@code aws_access_key_id} and {@code aws_secret_access_key} in the file. */
  STATIC,
  /** IAM Identity Center: {@code sso_session} or {@code sso_start_url}; needs a browser login. */
  SSO,
  /** {@code role_arn}: assumes a role from another profile or a web identity token. */
  ROLE,
  /** {@code credential_process}: an external program prints the credentials. */
  PROCESS,
  /** Anything else, for example a profile that only sets a region. */
  OTHER
}
