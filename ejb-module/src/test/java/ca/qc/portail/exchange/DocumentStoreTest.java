package ca.qc.portail.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R-E9: the encrypted store alone, without a container — parts, resume, ranges, tampering, the size
 * limit while bytes arrive, and no plaintext on disk.
 */
class DocumentStoreTest {

  private static final int PART = 256 * 1024;

  @TempDir Path data;
  private DocumentStore store;
  private final List<UploadPart> parts = new ArrayList<>();
  private byte[] sha256;

  @BeforeEach
  void store() {
    MasterKey key = new MasterKey();
    key.configured = Optional.empty();
    key.dataDir = Optional.of(data.toString());
    store = new DocumentStore();
    store.masterKey = key;
    store.dataDir = Optional.of(data.toString());
    store.documentsDir = Optional.empty();
    store.maxBytes = 10L * 1024 * 1024;
    store.partBytes = PART;
    store.partSeconds = 60;
  }

  private static byte[] content(int size) {
    // Text a person would send: a known, repeated sentence the test looks for on disk.
    byte[] line = "Liste des électeurs au décret, confidentiel. ".getBytes();
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = line[i % line.length];
    }
    return bytes;
  }

  private DocumentStore.Appended append(long upload, byte[] key, long size, InputStream in) {
    long offset =
        parts.stream().mapToLong(p -> p.getPlainOffset() + p.getPlainLength()).max().orElse(0);
    String token = java.util.UUID.randomUUID().toString();
    return store.append(
        upload,
        key,
        token,
        parts.size(),
        offset,
        size,
        List.copyOf(parts),
        in,
        part -> {
          parts.add(
              new UploadPart(upload, part.index(), part.plainOffset(), part.plainLength(), token));
          sha256 = part.sha256();
        });
  }

  private byte[] read(long upload, byte[] key, long from, long to) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.read(upload, key, parts, from, to, out, null);
    return out.toByteArray();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  @DisplayName(
      "R-E9: stored encrypted in parts; read back whole and by range; SHA-256 while streaming")
  void roundTrip() throws Exception {
    byte[] plain = content(PART * 2 + 12_345);
    byte[] key = store.newDataKey(7);

    DocumentStore.Appended appended = append(7, key, plain.length, new ByteArrayInputStream(plain));

    assertThat(appended.bytesReceived()).isEqualTo(plain.length);
    assertThat(appended.interrupted()).isFalse();
    assertThat(parts).hasSize(3);
    assertThat(read(7, key, 0, plain.length - 1)).isEqualTo(plain);
    assertThat(read(7, key, PART - 10, PART + 9))
        .isEqualTo(Arrays.copyOfRange(plain, PART - 10, PART + 10));
    assertThat(DocumentStore.sha256Hex(sha256)).isEqualTo(sha256(plain));
  }

  @Test
  @DisplayName("R-E9: a slow upload seals a part at least every documents.partSeconds")
  void partsSealedByTime() throws Exception {
    store.partSeconds = 0;
    byte[] plain = content(200_000);
    byte[] key = store.newDataKey(15);

    append(
        15,
        key,
        plain.length,
        new BreakingStream(plain, 0, plain.length) {
          private int served;

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (served >= plain.length) {
              return -1;
            }
            int n = super.read(b, off, Math.min(len, 50_000));
            served += n;
            return n;
          }
        });

    assertThat(parts).hasSize(4);
    assertThat(read(15, key, 0, plain.length - 1)).isEqualTo(plain);
  }

  @Test
  @DisplayName("R-E9: no plaintext at rest — no sequence of the known file is found in the store")
  void noPlaintextOnDisk() throws Exception {
    byte[] plain = content(PART + 1000);
    byte[] key = store.newDataKey(8);
    append(8, key, plain.length, new ByteArrayInputStream(plain));

    byte[] needle = Arrays.copyOfRange(plain, 0, 16);
    try (Stream<Path> files = Files.walk(store.folder())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] stored = Files.readAllBytes(file);
        assertThat(indexOf(stored, needle)).as(file.toString()).isEqualTo(-1);
        assertThat(Files.getPosixFilePermissions(file))
            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      }
    }
    assertThat(Files.getPosixFilePermissions(store.masterKey.file()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  @DisplayName("R-E9: a broken request keeps what arrived; the upload resumes from the next byte")
  void resumesAfterABreak() throws Exception {
    byte[] plain = content(PART + 100_000);
    byte[] key = store.newDataKey(9);
    int breakAt = PART + 40_000;

    DocumentStore.Appended first =
        append(9, key, plain.length, new BreakingStream(plain, 0, breakAt));
    assertThat(first.interrupted()).isTrue();
    assertThat(first.bytesReceived()).isEqualTo(breakAt);

    DocumentStore.Appended second =
        append(
            9,
            key,
            plain.length,
            new ByteArrayInputStream(Arrays.copyOfRange(plain, breakAt, plain.length)));
    assertThat(second.bytesReceived()).isEqualTo(plain.length);
    assertThat(read(9, key, 0, plain.length - 1)).isEqualTo(plain);
    assertThat(DocumentStore.sha256Hex(sha256)).isEqualTo(sha256(plain));
  }

  @Test
  @DisplayName("R-E9: more bytes than declared are refused as they arrive, not after")
  void sizeLimitWhileStreaming() {
    byte[] key = store.newDataKey(10);
    long declared = 1024 * 1024;
    EndlessStream endless = new EndlessStream();

    assertThatThrownBy(() -> append(10, key, declared, endless))
        .isInstanceOf(SizeLimitExceededException.class);
    assertThat(endless.served).isLessThanOrEqualTo(declared + 64 * 1024);
  }

  @Test
  @DisplayName("R-E9: a tampered stored byte fails the read loudly; a part moved elsewhere too")
  void tamperedPartFails() throws Exception {
    byte[] plain = content(PART * 2);
    byte[] key = store.newDataKey(11);
    append(11, key, plain.length, new ByteArrayInputStream(plain));
    Path second = store.partFile(parts.get(1));
    try (RandomAccessFile file = new RandomAccessFile(second.toFile(), "rw")) {
      file.seek(5000);
      int b = file.read();
      file.seek(5000);
      file.write(b ^ 0x01);
    }

    assertThat(read(11, key, 0, PART - 1)).isEqualTo(Arrays.copyOf(plain, PART));
    assertThatThrownBy(() -> read(11, key, 0, plain.length - 1))
        .isInstanceOf(ContentIntegrityException.class);

    Files.copy(
        store.partFile(parts.get(0)), second, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> read(11, key, PART, PART + 10))
        .isInstanceOf(ContentIntegrityException.class);
  }

  @Test
  @DisplayName("R-E5: deleting the content removes the upload's folder; again is harmless")
  void deleteIsIdempotent() {
    byte[] key = store.newDataKey(12);
    append(12, key, 10, new ByteArrayInputStream(content(10)));
    assertThat(store.folderOf(12)).exists();

    store.delete(12);
    store.delete(12);

    assertThat(store.folderOf(12)).doesNotExist();
  }

  @Test
  @DisplayName("R-E9: a data key is bound to its upload; another master key cannot open it")
  void keyBoundToUploadAndMaster() {
    byte[] key = store.newDataKey(13);
    append(13, key, 10, new ByteArrayInputStream(content(10)));

    assertThatThrownBy(() -> read(14, key, 0, 9)).isInstanceOf(ContentIntegrityException.class);
    MasterKey other = new MasterKey();
    other.configured = Optional.of(java.util.Base64.getEncoder().encodeToString(new byte[32]));
    other.dataDir = Optional.empty();
    store.masterKey = other;
    assertThatThrownBy(() -> read(13, key, 0, 9)).isInstanceOf(ContentIntegrityException.class);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Serves bytes [from, to) of {@code bytes}, then fails as a dropped connection does. */
  static class BreakingStream extends InputStream {
    private final byte[] bytes;
    private int position;
    private final int end;

    BreakingStream(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.position = from;
      this.end = to;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (position >= end) {
        throw new IOException("Connection reset");
      }
      int n = Math.min(len, end - position);
      System.arraycopy(bytes, position, b, off, n);
      position += n;
      return n;
    }
  }

  /** Random bytes without end, counting how many were served. */
  static final class EndlessStream extends InputStream {
    long served;
    private final Random random = new Random(1);

    @Override
    public int read() {
      served++;
      return random.nextInt(256);
    }

    @Override
    public int read(byte[] b, int off, int len) {
      random.nextBytes(b);
      served += len;
      return len;
    }
  }
}
