package ca.qc.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the server shows of itself outside the application, started as the tests start it.
 *
 * <p>Finding #11 of issue 12: Payara's /metrics and /health answer nobody; the product's
 * /health/ready stays open for load balancers.
 *
 * <p>Finding #1 of issue 12: the server started as the tests start it (not clustered, the shared
 * pre-boot commands) listens for its data grid (Hazelcast) on the loopback address only. Read from
 * this machine's socket tables ({@code /proc/net/tcp}, {@code /proc/net/tcp6}): the sockets of the
 * process that listens on the test server's HTTP port. Nothing is probed over the network.
 *
 * <p>The plain-HTTP listener does not upgrade a connection to cleartext HTTP/2 (h2c): Grizzly kept
 * about one such connection in five after it had closed, until the heap ran out
 * (pre-boot-commands.asadmin, bench/RESULTS.md 2026-12-06).
 */
class ServerExposureIT extends BrowserTesting {

  /** A listening socket: its address (hex, as the kernel writes it) and port. */
  private record Listener(String address, int port, String inode) {
    boolean loopback() {
      // IPv4 127.0.0.1, IPv4-mapped ::ffff:127.0.0.1, or ::1, in /proc's byte order.
      return address.equals("0100007F")
          || address.equals("0000000000000000FFFF00000100007F")
          || address.equals("00000000000000000000000001000000");
    }
  }

  private static List<Listener> listeners() throws IOException {
    List<Listener> all = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      List<String> lines = Files.readAllLines(Path.of(table));
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.trim().split("\\s+");
        if (f[3].equals("0A")) { // LISTEN
          String[] local = f[1].split(":");
          all.add(new Listener(local[0], Integer.parseInt(local[1], 16), f[9]));
        }
      }
    }
    return all;
  }

  /** The socket inodes each process holds. */
  private static Map<String, Set<String>> socketsByProcess() throws IOException {
    Map<String, Set<String>> sockets = new HashMap<>();
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process :
          processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
          sockets.put(
              process.getFileName().toString(),
              fds.map(
                      fd -> {
                        try {
                          return Files.readSymbolicLink(fd).toString();
                        } catch (IOException e) {
                          return "";
                        }
                      })
                  .filter(link -> link.startsWith("socket:["))
                  .map(link -> link.substring(8, link.length() - 1))
                  .collect(Collectors.toSet()));
        } catch (IOException | SecurityException e) {
          // a process that ended or is not ours
        }
      }
    }
    return sockets;
  }

  @Test
  @DisplayName("#11: Payara's /metrics and /health are closed; the product's /health/ready is open")
  void serverEndpointsClosed() throws Exception {
    for (String path : List.of("/metrics", "/metrics/base", "/health", "/health/live")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isIn(403, 404);
      assertThat(response.body()).as(path).doesNotContain("jvm", "uptime", "\"status\"");
    }
    assertThat(get("/health/ready").statusCode()).isEqualTo(200);
  }

  /** The status line the server answers {@code request}, sent as is over a new connection. */
  private String statusLine(String request) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
        line.append((char) c);
      }
      return line.toString();
    }
  }

  /** The headers of a request asking to upgrade its connection to cleartext HTTP/2. */
  private static final String H2C =
      "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
          + "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n";

  @Test
  @DisplayName("h2c: a request asking for cleartext HTTP/2 is answered in HTTP/1.1, not upgraded")
  void noCleartextHttp2Upgrade() throws Exception {
    String line =
        statusLine(
            "GET "
                + base.getPath()
                + "connexion.xhtml HTTP/1.1\r\nHost: "
                + base.getHost()
                + "\r\n"
                + H2C
                + "\r\n");

    assertThat(line).isEqualTo("HTTP/1.1 200 OK");
  }

  @Test
  @DisplayName("h2c: a chunked body sent with an upgrade request is refused before it is read")
  void chunkedBodyWithUpgradeRefused() throws Exception {
    // The login form, whose body a page reads. A signed-in person's tus PATCH meets the same
    // filter; without a session, the authentication mechanism answers it first (the login page).
    String form = "connexion=connexion&connexion%3Alogin=x&connexion%3Apassword=y";
    String line =
        statusLine(
            "POST "
                + base.getPath()
                + "connexion.xhtml HTTP/1.1\r\nHost: "
                + base.getHost()
                + "\r\n"
                + H2C
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(form.length())
                + "\r\n"
                + form
                + "\r\n0\r\n\r\n");

    assertThat(line).isEqualTo("HTTP/1.1 400 Bad Request");
  }

  /** The process that listens on the test server's HTTP port. */
  private String serverProcess(List<Listener> listeners, Map<String, Set<String>> sockets) {
    int httpPort = base.getPort();
    Set<String> httpInodes =
        listeners.stream()
            .filter(l -> l.port() == httpPort)
            .map(Listener::inode)
            .collect(Collectors.toSet());
    return sockets.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(httpInodes::contains))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no process listens on port " + httpPort));
  }

  @Test
  @DisplayName("#5: the server's domain.xml holds a reference to the database password, not it")
  void noDatabasePasswordInDomainXml() throws Exception {
    String server = serverProcess(listeners(), socketsByProcess());
    // Payara Micro's runtime folder (payaramicro-rt…) holds files the server keeps open.
    Path root;
    try (Stream<Path> fds = Files.list(Path.of("/proc", server, "fd"))) {
      root =
          fds.map(
                  fd -> {
                    try {
                      return Files.readSymbolicLink(fd).toString();
                    } catch (IOException e) {
                      return "";
                    }
                  })
              .filter(link -> link.contains("/payaramicro-rt"))
              .map(link -> Path.of(link.replaceAll("(/payaramicro-rt[^/]*)/.*", "$1")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no runtime folder open by " + server));
    }
    String domain = Files.readString(root.resolve("config/domain.xml"));

    assertThat(domain)
        .contains("name=\"password\" value=\"${ENV=DB_PASSWORD}\"")
        .doesNotContain("name=\"password\" value=\"" + System.getenv("DB_PASSWORD") + "\"");
  }

  @Test
  @DisplayName("#1: not clustered, the data grid listens on 127.0.0.1 only")
  void dataGridOnLoopbackOnly() throws Exception {
    int httpPort = base.getPort();
    List<Listener> listeners = listeners();
    Map<String, Set<String>> sockets = socketsByProcess();
    String server = serverProcess(listeners, sockets);
    List<Listener> others =
        listeners.stream()
            .filter(l -> l.port() != httpPort && sockets.get(server).contains(l.inode()))
            .toList();

    assertThat(others)
        .as("the server's data grid socket (Hazelcast, from port 6900)")
        .anySatisfy(l -> assertThat(l.port()).isBetween(5900, 7000));
    assertThat(others).as("every socket but HTTP on the loopback").allMatch(Listener::loopback);
  }
}
