package dev.flowkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the valid corpus (see CorpusValidationTest) produces as warnings: only the expected few, so that a warning
 * that fires on most real flows (noise) shows up here.
 */
class WarningCorpusTest {

  @Test
  void the_corpus_warns_only_where_expected() throws IOException, URISyntaxException {
    Path root = Path.of(WarningCorpusTest.class.getResource("/flowjson").toURI());
    List<String> warnings = new ArrayList<>();
    for (Path file : CorpusValidationTest.corpus()) {
      String name = root.relativize(file).toString().replace('\\', '/');
      for (ValidationWarning w : FlowJsonValidator.validate(Files.readString(file)).warnings()) {
        warnings.add(name + " " + w.code() + " " + w.pointers().get(0).path() + " " + w.message());
      }
    }
    assertThat(warnings).containsExactly(
        // pywa allows 35 characters for an EmbeddedLink, Meta's docs 25 (spec section 10).
        "pywa/2_1/sign_in.json CHARACTER_LIMIT_EXCEEDED screens[0].layout.children[0].children[2].text Property "
            + "'text' of EmbeddedLink has 30 characters; WhatsApp shows at most 25.",
        // The sample shows off '*', which Meta's docs do not list.
        "pywa/6_0/math_operators.json MULTIPLY_OPERATOR screens[0].layout.children[0].text[2] Expression '` 'The "
            + "product of ' ${data.number_1} ' and ' ${data.number_2} ' is ' (${data.number_1} * ${data.number_2})`' "
            + "uses '*', which Meta's docs do not list (only '+', '-', '/' and '%'); phones may not support it.");
  }
}
