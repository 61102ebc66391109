package dev.flowkit.mock.state;

/**
 * A callback URL that overrides an app's for one WABA ({@code POST /{waba-id}/subscribed_apps} with
 * {@code override_callback_uri}) or one phone number ({@code POST /{pnid}} with {@code webhook_configuration}),
 * spec/platform.md section 6.1. Webhooks for the number go to the number's override, else the WABA's, else the
 * app's callback; they are signed with the secret of {@code appId}.
 *
 * @param objectId the WABA id or PNID overridden
 * @param appId the app that set the override (whose secret signs what is sent there)
 * @param callbackUrl the URL that passed the verification handshake
 * @param verifyToken the token the handshake used; never logged
 */
public record WebhookOverride(String objectId, String appId, String callbackUrl, String verifyToken) {}
