package ca.qc.portail.exchange;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The documents' content on disk, encrypted as it is written (R-E9): a folder ({@code
 * documents.dir}, env {@code DOCUMENTS_DIR}, default {@code $DATA_DIR/documents}) with one
 * sub-folder per upload. Each upload has its own data key, a Tink streaming-AEAD keyset
 * (AES256_GCM_HKDF_1MB: AES-256-GCM in 1 MB segments, each authenticated), kept in the database
 * only wrapped by the {@link MasterKey}.
 *
 * <p>Why parts: a Tink stream is one authenticated whole whose last segment is marked as last, so
 * it cannot be reopened to append after a break, and a server that dies mid-stream leaves a file
 * that does not decrypt. The content is therefore a sequence of parts, each a complete Tink stream
 * of at most {@code documents.partBytes} plaintext bytes (default 64 MiB) or {@code
 * documents.partSeconds} of sending (default 60), written beside its final name, flushed to disk,
 * moved in place, and recorded in the database only then. A request whose connection breaks still
 * closes its current part cleanly with the bytes that did arrive, so a resumed upload continues
 * from the last byte received without sending any again; a server that dies loses at most the part
 * it was writing, and the upload resumes from the last recorded part. A part's file name carries
 * the claim of the request that wrote it, so a request that stalled and lost its claim to a resumed
 * one never overwrites a part the other recorded. Each part's associated data names the upload, the
 * part and its plaintext offset, so parts cannot be swapped or moved between uploads without the
 * read failing. No plaintext is ever written: the bytes go from the request to the cipher in a 64
 * KiB buffer (plus Tink's one segment), whatever the file's size, and the SHA-256 of the plaintext
 * is computed on the way.
 *
 * <p>Reading decrypts only the segments a byte range needs (Tink's seekable channel), so an HTTP
 * range request costs what it sends. A segment that fails authentication stops the read with {@link
 * ContentIntegrityException}.
 */
@ApplicationScoped
public class DocumentStore {

  private static final int BUFFER = 64 * 1024;

  static {
    try {
      StreamingAeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Inject
  @ConfigProperty(name = "documents.dir")
  Optional<String> documentsDir;

  @Inject
  @ConfigProperty(name = "data.dir")
  Optional<String> dataDir;

  @Inject
  @ConfigProperty(name = "documents.maxBytes", defaultValue = "2147483648")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "documents.partBytes", defaultValue = "67108864")
  long partBytes;

  /** A part is also sealed after this long, so a slow upload's claim is renewed as often. */
  @Inject
  @ConfigProperty(name = "documents.partSeconds", defaultValue = "60")
  long partSeconds;

  @Inject MasterKey masterKey;

  /** The largest document accepted (R-E3: "2 Go maximum"). */
  public long maxBytes() {
    return maxBytes;
  }

  /** The folder holding every upload's parts. */
  public Path folder() {
    return documentsDir
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .orElseGet(() -> dataFolder(dataDir).resolve("documents"));
  }

  /** {@code $DATA_DIR}, or a folder under the system's temporary folder when it is not set. */
  static Path dataFolder(Optional<String> dataDir) {
    return dataDir
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "portail-data"));
  }

  /** The folder of one upload's parts. */
  public Path folderOf(long uploadId) {
    return folder().resolve(String.valueOf(uploadId));
  }

  /** The file of a part: its index and the claim of the request that wrote it. */
  Path partFile(long uploadId, int index, String token) {
    return folderOf(uploadId).resolve(String.format("part-%06d-%s.tink", index, token));
  }

  Path partFile(UploadPart part) {
    return partFile(part.getUploadId(), part.getPartIndex(), part.getFileToken());
  }

  /** A new data key for an upload, wrapped by the master key and bound to that upload. */
  byte[] newDataKey(long uploadId) {
    try {
      KeysetHandle handle =
          KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
      return TinkProtoKeysetFormat.serializeEncryptedKeyset(
          handle, masterKey.aead(), keyContext(uploadId));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot make a data key", e);
    }
  }

  private StreamingAead cipher(long uploadId, byte[] wrappedKey) {
    try {
      return TinkProtoKeysetFormat.parseEncryptedKeyset(
              wrappedKey, masterKey.aead(), keyContext(uploadId))
          .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
    } catch (GeneralSecurityException e) {
      throw new ContentIntegrityException("Data key of upload " + uploadId + " unusable", e);
    }
  }

  private static byte[] keyContext(long uploadId) {
    return ("portail-exchange/key/" + uploadId).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] partContext(long uploadId, int index, long plainOffset) {
    return ("portail-exchange/part/" + uploadId + "/" + index + "/" + plainOffset)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A part just stored on disk: its place in the plaintext and the digest's state after it. */
  /**
   * A part now on disk. {@code sha256} is the SHA-256 of the whole plaintext when this part ends
   * the upload, {@code null} otherwise.
   */
  public record StoredPart(int index, long plainOffset, long plainLength, byte[] sha256) {}

  /** Told of each part once it is on disk; records it, or throws to stop the upload. */
  @FunctionalInterface
  public interface PartSink {
    void stored(StoredPart part);
  }

  /** Where an append left the upload; {@code interrupted} when the request's stream broke. */
  public record Appended(long bytesReceived, int partCount, boolean interrupted) {}

  /**
   * Encrypts what {@code in} brings onto the end of an upload that holds {@code offset} bytes in
   * {@code nextIndex} parts, until the stream ends or breaks, into part files named with {@code
   * token} (the request's claim). A part is sealed every {@code documents.partBytes} bytes or
   * {@code documents.partSeconds} seconds. More than {@code declaredSize} bytes in all throws
   * {@link SizeLimitExceededException} as soon as they arrive; the part being written is then
   * dropped.
   *
   * <p>The SHA-256 of the plaintext is computed on the way with the JDK's digest (its SHA-256 runs
   * on the processor's SHA instructions, eight times Bouncy Castle's portable one here: it was half
   * an upload's time). Its state cannot be kept between requests, so an upload resumed after a
   * break first reads back the {@code stored} parts it already holds (decrypting is as fast as
   * hashing: about one second per gigabyte), then goes on.
   */
  public Appended append(
      long uploadId,
      byte[] wrappedKey,
      String token,
      int nextIndex,
      long offset,
      long declaredSize,
      List<UploadPart> stored,
      InputStream in,
      PartSink sink) {
    StreamingAead aead = cipher(uploadId, wrappedKey);
    MessageDigest digest = sha256();
    if (offset > 0) {
      try {
        read(uploadId, wrappedKey, stored, 0, offset - 1, OutputStream.nullOutputStream(), digest);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot resume upload " + uploadId, e);
      }
    }
    byte[] buffer = new byte[BUFFER];
    long position = offset;
    int index = nextIndex;
    boolean interrupted = false;
    PartWriter part = null;
    try {
      createFolder(folderOf(uploadId));
      while (true) {
        int n;
        try {
          n = in.read(buffer);
        } catch (IOException broken) {
          interrupted = true;
          break;
        }
        if (n < 0) {
          break;
        }
        if (position + n > declaredSize) {
          throw new SizeLimitExceededException(declaredSize);
        }
        int done = 0;
        while (done < n) {
          if (part == null) {
            part = new PartWriter(aead, uploadId, index, token, position);
          }
          int take = (int) Math.min(n - done, partBytes - part.length);
          part.write(buffer, done, take);
          digest.update(buffer, done, take);
          done += take;
          position += take;
          if (part.length == partBytes || part.age() > partNanos()) {
            part.finish();
            sink.stored(
                new StoredPart(
                    index,
                    part.offset,
                    part.length,
                    ending(digest, declaredSize, part.offset + part.length)));
            part = null;
            index++;
          }
        }
      }
      if (part != null && part.length > 0) {
        part.finish();
        sink.stored(
            new StoredPart(
                index,
                part.offset,
                part.length,
                ending(digest, declaredSize, part.offset + part.length)));
        part = null;
        index++;
      }
      return new Appended(position, index, interrupted);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store upload " + uploadId, e);
    } finally {
      if (part != null) {
        part.discard();
      }
    }
  }

  /** The whole plaintext's SHA-256 once the part just sealed ends the upload; else nothing. */
  private static byte[] ending(MessageDigest digest, long declaredSize, long end) {
    return end == declaredSize ? digest.digest() : null;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private long partNanos() {
    return partSeconds * 1_000_000_000L;
  }

  /**
   * The SHA-256 (hexadecimal) of a whole upload's plaintext: {@code sha256}, as its last part
   * reported it; an empty upload has no part, and the digest of nothing.
   */
  public static String sha256Hex(byte[] sha256) {
    return HexFormat.of().formatHex(sha256 == null ? sha256().digest() : sha256);
  }

  /**
   * Writes the plaintext bytes {@code from} to {@code to} (inclusive) of an upload's content to
   * {@code out}, decrypting only the segments they lie in; {@code digest}, if given, is fed the
   * same bytes. A part that fails authentication, or is missing or shorter than recorded, throws
   * {@link ContentIntegrityException} before any of its unauthenticated bytes are written; a
   * failure to write to {@code out} (the client went away) is the {@link IOException}.
   */
  public void read(
      long uploadId,
      byte[] wrappedKey,
      List<UploadPart> parts,
      long from,
      long to,
      OutputStream out,
      MessageDigest digest)
      throws IOException {
    StreamingAead aead = cipher(uploadId, wrappedKey);
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    for (UploadPart part :
        parts.stream().sorted(Comparator.comparingInt(UploadPart::getPartIndex)).toList()) {
      long first = part.getPlainOffset();
      long last = first + part.getPlainLength() - 1;
      if (last < from || first > to) {
        continue;
      }
      long position = Math.max(from, first) - first;
      long remaining = Math.min(to, last) - first - position + 1;
      try (PartReader reader = new PartReader(aead, part, position)) {
        while (remaining > 0) {
          buffer.clear();
          buffer.limit((int) Math.min(buffer.capacity(), remaining));
          int n = reader.read(buffer);
          out.write(buffer.array(), 0, n);
          if (digest != null) {
            digest.update(buffer.array(), 0, n);
          }
          remaining -= n;
        }
      }
    }
  }

  /** Deletes an upload's parts, its folder included; nothing to do when already gone. */
  public void delete(long uploadId) {
    Path folder = folderOf(uploadId);
    if (!Files.exists(folder)) {
      return;
    }
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (NoSuchFileException gone) {
      // Deleted meanwhile by another instance.
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the content of upload " + uploadId, e);
    }
  }

  private static void createFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(
          folder,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
  }

  /** One part being encrypted into its file, beside its final name until finished. */
  private final class PartWriter {
    final long offset;
    long length;
    private final long openedAt = System.nanoTime();
    private final Path target;
    private final Path aside;
    private final FileChannel channel;
    private final OutputStream encrypting;

    PartWriter(StreamingAead aead, long uploadId, int index, String token, long offset)
        throws IOException {
      this.offset = offset;
      this.target = partFile(uploadId, index, token);
      this.aside = target.resolveSibling(target.getFileName() + ".writing");
      this.channel =
          FileChannel.open(
              aside,
              EnumSet.of(
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.WRITE),
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      OutputStream file =
          new FilterOutputStream(Channels.newOutputStream(channel)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
              channel.force(true);
              super.close();
            }
          };
      try {
        this.encrypting = aead.newEncryptingStream(file, partContext(uploadId, index, offset));
      } catch (GeneralSecurityException e) {
        channel.close();
        throw new IllegalStateException("Cannot encrypt upload " + uploadId, e);
      }
    }

    long age() {
      return System.nanoTime() - openedAt;
    }

    void write(byte[] bytes, int from, int count) throws IOException {
      encrypting.write(bytes, from, count);
      length += count;
    }

    /** Seals the part (Tink's last segment), forces it to disk and moves it in place. */
    void finish() throws IOException {
      encrypting.close();
      Files.move(
          aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    void discard() {
      try {
        channel.close();
        Files.deleteIfExists(aside);
      } catch (IOException e) {
        // Left for the expiry to remove with the upload's folder.
      }
    }
  }

  /** One part being decrypted from a position; every failure of the content is an integrity one. */
  private final class PartReader implements AutoCloseable {
    private final UploadPart part;
    private final FileChannel file;
    private final SeekableByteChannel decrypting;

    PartReader(StreamingAead aead, UploadPart part, long position) {
      this.part = part;
      long uploadId = part.getUploadId();
      Path path = partFile(part);
      try {
        this.file = FileChannel.open(path, StandardOpenOption.READ);
      } catch (IOException e) {
        throw new ContentIntegrityException("Part missing: " + path, e);
      }
      try {
        this.decrypting =
            aead.newSeekableDecryptingChannel(
                file, partContext(uploadId, part.getPartIndex(), part.getPlainOffset()));
        decrypting.position(position);
      } catch (GeneralSecurityException | IOException e) {
        closeQuietly();
        throw new ContentIntegrityException("Part unreadable: " + path, e);
      }
    }

    /** Reads at least one byte into the buffer, or fails: the part is as long as recorded. */
    int read(ByteBuffer buffer) {
      try {
        int n;
        do {
          n = decrypting.read(buffer);
        } while (n == 0);
        if (n < 0) {
          throw new IOException("Part shorter than recorded");
        }
        return n;
      } catch (IOException e) {
        throw new ContentIntegrityException(
            "Part " + part.getPartIndex() + " of upload " + part.getUploadId() + " altered", e);
      }
    }

    private void closeQuietly() {
      try {
        file.close();
      } catch (IOException e) {
        // Nothing more to do with a failed part.
      }
    }

    @Override
    public void close() {
      try {
        if (decrypting != null) {
          decrypting.close();
        }
      } catch (IOException e) {
        // Read-only: nothing to lose.
      }
      closeQuietly();
    }
  }
}
