package dev.flowkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the user whose {@link dev.flowkit.mock.phone.SimulatedPhone} a parameter of a {@link WhatsAppFlowTest}
 * class receives: {@code @User("447700900123") SimulatedPhone phone}. The same user gets the same phone until the
 * next reset (before each test). {@link WhatsAppPlatform#phone(String)} does the same in code.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface User {

  /** The user's WhatsApp id: 5 to 20 digits, with an optional leading {@code +}. */
  String value();
}
