package dev.flowkit.cucumber;

/**
 * A form field's {@code name} as a step names it, e.g. {@code email}.
 *
 * @param name the component's name
 */
public record FieldName(String name) {

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if it is blank or holds white space
   */
  public FieldName {
    if (name.isBlank() || !name.equals(name.strip()) || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a field name has no spaces: '" + name + "'");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
