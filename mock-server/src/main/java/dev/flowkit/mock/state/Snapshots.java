package dev.flowkit.mock.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state file of a data directory: {@code flowkit-state.json} holding {@code {"format":1,"seed":…,"state":…}}.
 * Saved by writing a temporary file, forcing it to disk and moving it over the old one atomically, so the file is
 * always a whole snapshot, whichever moment a process is killed.
 */
final class Snapshots {

  static final String FILE_NAME = "flowkit-state.json";
  private static final int FORMAT = 1;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Path dir;
  private final Path file;
  private final Path temp;

  record Loaded(PlatformState seed, PlatformState state) {}

  Snapshots(Path dir) {
    this.dir = dir;
    this.file = dir.resolve(FILE_NAME);
    this.temp = dir.resolve(FILE_NAME + ".tmp");
  }

  Optional<Loaded> load() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = MAPPER.readTree(file.toFile());
      if (root.path("format").asInt(0) != FORMAT) {
        throw new IllegalStateException(file + " is not a FlowKit state file of format " + FORMAT);
      }
      return Optional.of(new Loaded(MAPPER.treeToValue(root.get("seed"), PlatformState.class),
          MAPPER.treeToValue(root.get("state"), PlatformState.class)));
    } catch (JacksonException e) {
      throw new IllegalStateException(file + " cannot be read as a FlowKit state file: " + e.getOriginalMessage(),
          e);
    }
  }

  void save(PlatformState seed, PlatformState state) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.set("seed", MAPPER.valueToTree(seed));
    root.set("state", MAPPER.valueToTree(state));
    byte[] bytes = MAPPER.writeValueAsBytes(root);
    Files.createDirectories(dir);
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    forceDirectory();
  }

  /** Makes the rename itself durable where the platform allows opening a directory (Linux does). */
  private void forceDirectory() {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UncheckedIOException e) {
      // Not every file system lets a directory be opened; the file itself is already on disk.
    }
  }
}
