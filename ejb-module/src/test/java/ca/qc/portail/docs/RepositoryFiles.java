package ca.qc.portail.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The repository's own files, read by the tests that keep its documents true to its code. */
final class RepositoryFiles {

  /** Folders of build output and tools, never sources. */
  private static final Set<String> SKIPPED = Set.of("target", ".git", "node_modules");

  private RepositoryFiles() {}

  /** The repository's root: the first folder above the working directory holding the modules. */
  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve("ejb-module"))) {
        return dir;
      }
    }
    throw new IllegalStateException("No repository root above " + Path.of("").toAbsolutePath());
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every text file written by hand: each module's {@code src}, the scripts, the benchmarks and the
   * README (binary files, those holding a NUL byte, left out).
   */
  static List<Path> sources() {
    Path root = root();
    List<Path> starts = new ArrayList<>();
    try (Stream<Path> top = Files.list(root)) {
      top.map(dir -> dir.resolve("src")).filter(Files::isDirectory).forEach(starts::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Stream.of("server-config", "bench", ".ci", "README.md")
        .map(root::resolve)
        .filter(Files::exists)
        .forEach(starts::add);
    List<Path> files = new ArrayList<>();
    for (Path start : starts) {
      try (Stream<Path> walk = Files.walk(start)) {
        walk.filter(Files::isRegularFile)
            .filter(file -> !underSkippedFolder(root.relativize(file)))
            .filter(RepositoryFiles::isText)
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static boolean underSkippedFolder(Path relative) {
    for (Path part : relative) {
      if (SKIPPED.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isText(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      for (byte b : bytes) {
        if (b == 0) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
