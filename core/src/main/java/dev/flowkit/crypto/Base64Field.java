package dev.flowkit.crypto;

import java.util.Base64;

/** Decodes one standard-base64 field, naming the field (never its content) when it is not base64. */
final class Base64Field {

  private Base64Field() {}

  static byte[] decode(String name, String value) {
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new FlowDecryptionException(FlowDecryptionException.Reason.NOT_BASE64,
          "\"" + name + "\" is not standard base64 (" + value.length() + " chars): WhatsApp sends every field "
              + "with the standard alphabet and padding, without line breaks");
    }
  }
}
