import com.goterl.lazysodium.SodiumJava;
import com.goterl.lazysodium.utils.LibraryLoader;
import com.sun.jna.NativeLong;
import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * One Argon2id hash at the portal's parameters by each implementation the portal can use
 * (ejb-module's Argon2Engine): libsodium (lazysodium-java), libargon2 (argon2-jvm), Bouncy Castle.
 * One thread; each engine's output checked against Bouncy Castle's; ROUNDS rounds of HASHES hashes
 * per engine, the engines taking turns, after WARMUP hashes each. Prints milliseconds per hash.
 *
 * <pre>java -cp CLASSPATH HashEngines.java [MEMORY_KIB ITERATIONS HASHES ROUNDS WARMUP]</pre>
 */
public class HashEngines {

  interface Engine {
    byte[] derive(byte[] password, byte[] salt, int memoryKib, int iterations);
  }

  public static void main(String[] args) {
    int memoryKib = args.length > 0 ? Integer.parseInt(args[0]) : 7168;
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int hashes = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 200;

    Map<String, Supplier<Engine>> loaders = new LinkedHashMap<>();
    loaders.put(
        "libsodium",
        () -> {
          SodiumJava sodium = new SodiumJava(LibraryLoader.Mode.PREFER_SYSTEM);
          sodium.sodium_init();
          return (password, salt, m, t) -> {
            byte[] out = new byte[32];
            int status =
                sodium.crypto_pwhash(
                    out, 32, password, password.length, salt, t, new NativeLong(m * 1024L), 2);
            if (status != 0) {
              throw new IllegalStateException("crypto_pwhash " + status);
            }
            return out;
          };
        });
    loaders.put(
        "libargon2",
        () -> {
          Argon2Advanced argon2 = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);
          return (password, salt, m, t) -> argon2.pbkdf(t, m, 1, password, salt, 32);
        });
    loaders.put("Bouncy Castle", () -> HashEngines::bouncyCastle);

    byte[] password = "Demo-Portail-2026".getBytes(StandardCharsets.UTF_8);
    byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    byte[] expected = bouncyCastle(password, salt, memoryKib, iterations);
    Map<String, Engine> engines = new LinkedHashMap<>();
    loaders.forEach(
        (name, loader) -> {
          Engine engine = loader.get();
          if (!Arrays.equals(engine.derive(password, salt, memoryKib, iterations), expected)) {
            throw new IllegalStateException(name + " disagrees with Bouncy Castle");
          }
          engines.put(name, engine);
        });
    // Which copies the JVM loaded: the system's, or those the jars bundle (unpacked under /tmp).
    try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
      maps.map(line -> line.replaceAll("^.* ", ""))
          .filter(path -> path.contains("sodium") || path.contains("argon2"))
          .distinct()
          .forEach(path -> System.out.println("native library: " + path));
    } catch (IOException | RuntimeException e) {
      System.out.println("native libraries: not read (" + e + ")");
    }
    System.out.printf(
        "argon2id m=%d KiB, t=%d, p=1, 32 bytes; one thread; %d warm-up hashes each, %d rounds of %d%n",
        memoryKib, iterations, warmup, rounds, hashes);
    engines.forEach(
        (name, engine) -> {
          for (int i = 0; i < warmup; i++) {
            engine.derive(password, salt, memoryKib, iterations);
          }
        });
    for (int round = 1; round <= rounds; round++) {
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (Map.Entry<String, Engine> engine : engines.entrySet()) {
        long start = System.nanoTime();
        for (int i = 0; i < hashes; i++) {
          engine.getValue().derive(password, salt, memoryKib, iterations);
        }
        line.append(
            String.format(
                "  %s %.1f ms", engine.getKey(), (System.nanoTime() - start) / 1e6 / hashes));
      }
      System.out.println(line);
    }
  }

  private static byte[] bouncyCastle(byte[] password, byte[] salt, int memoryKib, int iterations) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(1)
            .withSalt(salt)
            .build());
    byte[] out = new byte[32];
    generator.generateBytes(password, out);
    return out;
  }
}
