package dev.flowkit.json;

import java.util.List;
import java.util.Objects;

/** The {@code text} of TextBody, TextCaption and RichText: one string, or (5.1+) an array of static lines. */
public sealed interface TextContent permits TextContent.Single, TextContent.Lines {

  /**
   * One string, which may be a binding or an expression.
   *
   * @param text the value
   */
  record Single(Bindable<String> text) implements TextContent {
    /** Not null. */
    public Single {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Several static lines (Flow JSON 5.1+), each a paragraph.
   *
   * @param lines the lines, in order
   */
  record Lines(List<String> lines) implements TextContent {
    /** Copies the lines. */
    public Lines {
      lines = List.copyOf(lines);
    }
  }
}
