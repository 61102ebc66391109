/**
 * Validation of Flow JSON with the errors Meta's Flows API reports, in Meta's shape and with positions in the
 * original text. Work in progress: today it holds the error shape ({@link dev.flowkit.validation.ValidationError})
 * and the source positions the validator reports.
 */
@NullMarked
package dev.flowkit.validation;

import org.jspecify.annotations.NullMarked;
