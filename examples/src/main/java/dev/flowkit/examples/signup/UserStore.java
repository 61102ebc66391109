package dev.flowkit.examples.signup;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The app's users, in memory, by email address. Thread-safe. */
public final class UserStore {

  /** One registered user; the password is kept only to compare. */
  public record User(String firstName, String lastName, String email, String password) {
    @Override
    public String toString() {
      return "User[" + firstName + " " + lastName + ", " + email + "]";
    }
  }

  private final Map<String, User> byEmail = new ConcurrentHashMap<>();

  /** Registers or replaces the user with this email. */
  public void register(User user) {
    byEmail.put(normalise(user.email()), user);
  }

  /** The user with this email, if registered. */
  public Optional<User> find(String email) {
    return Optional.ofNullable(byEmail.get(normalise(email)));
  }

  private static String normalise(String email) {
    return email.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
