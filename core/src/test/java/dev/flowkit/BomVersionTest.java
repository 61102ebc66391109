package dev.flowkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM has no parent (so it imports no third-party versions); this keeps its versions from drifting. */
class BomVersionTest {

  @Test
  void the_bom_pins_every_published_module_at_the_reactor_version() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String parent = Files.readString(root.resolve("pom.xml"));
    String bom = Files.readString(root.resolve("bom/pom.xml"));
    Matcher version = Pattern.compile("<artifactId>flowkit-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(parent);
    assertThat(version.find()).isTrue();

    Matcher pinned = Pattern.compile("<artifactId>(flowkit-[a-z-]+)</artifactId>\\s*<version>([^<]+)</version>").matcher(bom);
    int count = 0;
    while (pinned.find()) {
      assertThat(pinned.group(2)).as(pinned.group(1)).isEqualTo(version.group(1));
      count++;
    }
    // flowkit-bom itself, core, mock-server, junit, cucumber
    assertThat(count).isEqualTo(5);
  }
}
