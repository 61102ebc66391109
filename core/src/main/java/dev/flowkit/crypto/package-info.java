/**
 * The WhatsApp Business Encryption used by flow data endpoints, and the two signatures around it.
 *
 * <h2>Business side</h2>
 * <pre>{@code
 * FlowEndpointCipher cipher = FlowEndpointCipher.create(BusinessKeys.readPrivateKey(pem, passphrase));
 * DecryptedFlowRequest request = cipher.decrypt(rawBody);          // 421 on FlowDecryptionException
 * String body = request.encryptResponse(replyJson);                 // same AES key, flipped IV, once
 * }</pre>
 * The reply can only be encrypted through the request it answers: the AES key and IV never leave
 * {@link dev.flowkit.crypto.DecryptedFlowRequest}, and a second reply to the same request is refused, because
 * AES-GCM must never encrypt twice under one key and IV.
 *
 * <h2>WhatsApp side</h2>
 * {@link dev.flowkit.crypto.FlowClientCipher} does what the phone does: a fresh AES-128 key and 16-byte IV per
 * request, wrapped with RSA-OAEP (SHA-256, MGF1-SHA-256) for the business public key;
 * {@link dev.flowkit.crypto.PendingFlowRequest} keeps them to open the reply.
 *
 * <h2>Signatures and keys</h2>
 * {@link dev.flowkit.crypto.HubSignature} ({@code X-Hub-Signature-256} on endpoint requests and webhooks),
 * {@link dev.flowkit.crypto.FlowTokenSignature} (the {@code flow_token_signature} JWT of data API 4.0) and
 * {@link dev.flowkit.crypto.BusinessKeys} (PEM in every form people have, generation, pairing checks).
 *
 * <h2>Security</h2>
 * No exception message, {@code toString()} or log line in this package contains key material, an app secret,
 * a passphrase, a plaintext or a ciphertext. Every failure is a subclass of
 * {@link dev.flowkit.crypto.FlowCryptoException} naming the situation and what to do about it.
 */
@NullMarked
package dev.flowkit.crypto;

import org.jspecify.annotations.NullMarked;
