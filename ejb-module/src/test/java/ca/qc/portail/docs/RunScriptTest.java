package ca.qc.portail.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.demo.DemoAccount;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, point 10: {@code server-config/run.sh}'s console. The script runs as it is, in a copy
 * of the repository's layout, with a stand-in for Payara Micro first on the PATH (a {@code java}
 * that echoes boot commands, then either fails or answers {@code /health/ready}): the server's
 * output goes to {@code $DATA_DIR/logs/server.log} (its owner's only), the terminal gets the
 * summary with every demo account, and a failure shows the log's last lines.
 */
class RunScriptTest {

  @TempDir Path dir;

  private static final String FAKE_JAVA =
      """
      #!/usr/bin/env bash
      for i in $(seq 1 50); do echo "boot command echo $i"; done
      if [[ "$FAKE_PAYARA" == fail ]]; then echo "SEVERE: la base ne répond pas"; exit 3; fi
      echo "Deployed 1 archive(s)"
      exec "$REAL_JAVA" "$FAKE_SERVER"
      """;

  private static final String FAKE_SERVER =
      """
      import com.sun.net.httpserver.HttpServer;
      import java.net.InetSocketAddress;

      public class FakeServer {
        public static void main(String[] args) throws Exception {
          int port = Integer.parseInt(System.getenv("HTTP_PORT"));
          HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
          server.createContext("/", exchange -> {
            System.out.println("request " + exchange.getRequestURI());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
          });
          server.start();
        }
      }
      """;

  /** A copy of the repository's layout with run.sh and a WAR and runtime newer than the sources. */
  private Path layout() throws IOException {
    Path root = dir.resolve("root");
    Path config = Files.createDirectories(root.resolve("server-config"));
    try (var files = Files.list(RepositoryFiles.root().resolve("server-config"))) {
      for (Path file : files.toList()) {
        Files.copy(file, config.resolve(file.getFileName()));
      }
    }
    Instant old = Instant.now().minusSeconds(3600);
    for (String file : List.of("pom.xml", "web-module/pom.xml")) {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "");
      Files.setLastModifiedTime(path, FileTime.from(old));
    }
    Files.createDirectories(root.resolve("web-module/src"));
    Files.setLastModifiedTime(root.resolve("web-module/src"), FileTime.from(old));
    for (String file :
        List.of("web-module/target/web-module.war", "ear/target/runtime/payara-micro.jar")) {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "");
    }
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = Files.writeString(bin.resolve("java"), FAKE_JAVA);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
    Files.writeString(dir.resolve("FakeServer.java"), FAKE_SERVER);
    return root;
  }

  private Process start(Path root, String mode) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", root.resolve("server-config/run.sh").toString())
            .directory(root.toFile());
    var env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("DB_") || k.equals("SMTP_HOST"));
    env.put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    env.put("FAKE_PAYARA", mode);
    env.put("REAL_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put("FAKE_SERVER", dir.resolve("FakeServer.java").toString());
    env.put("HTTP_PORT", String.valueOf(freePort()));
    env.put("DATA_DIR", dir.resolve("data").toString());
    return builder.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  @DisplayName(
      "Point 10 (issue 13): the server's output goes to $DATA_DIR/logs/server.log, the terminal"
          + " shows the summary with every demo account and where the log is")
  void outputGoesToTheLogAndTheSummaryListsEveryDemoAccount() throws Exception {
    Path root = layout();
    Process run = start(root, "ok");
    List<String> shown = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        shown.add(line);
        if (line.contains("Stop with Ctrl+C.")) {
          break;
        }
      }
    } finally {
      run.destroy();
      run.waitFor(20, TimeUnit.SECONDS);
    }
    String console = String.join("\n", shown);
    Path log = dir.resolve("data/logs/server.log");
    assertThat(console)
        .contains("its output goes to " + log)
        .contains("Portail partenaires is running (embedded database)")
        .contains("Server log: " + log)
        .doesNotContain("boot command echo");
    for (DemoAccount account : DemoAccount.values()) {
      assertThat(console).contains(account.fullName());
      if (account.userCode() != null) {
        assertThat(console).contains(account.userCode());
      }
    }
    assertThat(shown.size()).as("a short console").isLessThan(40);
    assertThat(Files.readString(log)).contains("boot command echo 1", "boot command echo 50");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
        .isEqualTo("rw-------");
  }

  @Test
  @DisplayName(
      "Point 10 (issue 13): when the server stops before it is ready, run.sh prints the log's last"
          + " lines and fails")
  void failureShowsTheLogsLastLines() throws Exception {
    Path root = layout();
    Process run = start(root, "fail");
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.exitValue()).isEqualTo(1);
    assertThat(out).doesNotContain("boot command echo");
    assertThat(err)
        .contains("Payara Micro stopped before the application was ready.")
        .contains("Last lines of " + dir.resolve("data/logs/server.log"))
        .contains("boot command echo 50", "SEVERE: la base ne répond pas")
        .doesNotContain("boot command echo 5\n");
  }
}
