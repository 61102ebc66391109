package dev.flowkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the user whose {@link dev.flowkit.mock.phone.SimulatedPhone} a parameter of a {@link WhatsAppFlowTest}
 * class receives: {@code @User("447700900123") SimulatedPhone phone}. The same user gets the same phone until the
 * next reset (before each test), so take phones in test and {@code @BeforeEach} methods: one taken in
 * {@code @BeforeAll} or a constructor predates the reset. {@link WhatsAppPlatform#phone(String)} does the same in
 * code. A parameter without this annotation, or with an id that is not 5 to 20 digits, fails the test with a
 * {@link org.junit.jupiter.api.extension.ParameterResolutionException} that says so.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface User {

  /** The user's WhatsApp id: 5 to 20 digits, with an optional leading {@code +}. */
  String value();
}
