package dev.eksdesk.cloud;

/** STS GetCallerIdentity: who is signed in. */
public record CallerIdentity(String account, String arn) {
  public boolean isRoot() {
    return arn.endsWith(":root");
  }
}
