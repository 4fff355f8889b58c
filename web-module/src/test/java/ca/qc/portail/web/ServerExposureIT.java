package ca.qc.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
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
