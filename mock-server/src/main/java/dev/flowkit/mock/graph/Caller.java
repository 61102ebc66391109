package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.AccessToken;

/**
 * Who makes a Graph call: the access token it presented, resolved to the app and business it acts for.
 *
 * @param token the token (its text is never logged)
 * @param appId the token's app
 * @param businessId the app's business: the tenant whose objects the call may see
 */
public record Caller(AccessToken token, String appId, String businessId) {

  /** Whether the token carries {@code permission}. */
  public boolean has(String permission) {
    return token.permissions().contains(permission);
  }

  /** No token text here: calls may be printed in test failures. */
  @Override
  public String toString() {
    return "Caller[app=" + appId + ", business=" + businessId + "]";
  }
}
