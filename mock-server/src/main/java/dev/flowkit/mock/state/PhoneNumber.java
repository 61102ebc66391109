package dev.flowkit.mock.state;

import org.jspecify.annotations.Nullable;

/**
 * A business phone number (PNID) of a WABA, with the business public key of spec/platform.md section 3.
 *
 * @param id the phone-number id (15 digits)
 * @param wabaId the WABA the number belongs to
 * @param displayPhoneNumber the number as Meta shows it, e.g. {@code "+1 555-000-1111"}
 * @param verifiedName the verified business name
 * @param businessPublicKey the SPKI PEM set through {@code whatsapp_business_encryption}, or null when none was
 * @param keySignatureStatus {@code VALID} or {@code MISMATCH}; null when no key was set
 */
public record PhoneNumber(String id, String wabaId, String displayPhoneNumber, String verifiedName,
    @Nullable String businessPublicKey, @Nullable String keySignatureStatus) {

  /** This number with {@code pem} as its business public key, signed ({@code VALID}). */
  public PhoneNumber withBusinessPublicKey(String pem) {
    return new PhoneNumber(id, wabaId, displayPhoneNumber, verifiedName, pem, "VALID");
  }

  /** This number's key with signature status {@code status} ({@code VALID} or {@code MISMATCH}). */
  public PhoneNumber withKeySignatureStatus(String status) {
    return new PhoneNumber(id, wabaId, displayPhoneNumber, verifiedName, businessPublicKey, status);
  }

  /** The digits of the display number (what webhooks carry as {@code display_phone_number}). */
  public String displayDigits() {
    return displayPhoneNumber.replaceAll("[^0-9]", "");
  }
}
