package ca.qc.portail.web.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.AesVersion;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;

/**
 * R-E10: a document delivered as a ZIP archive holding it alone, encrypted with AES-256 under the
 * password its depositor chose and gave the recipients by another channel. Streamed: the archive is
 * written as the plaintext arrives, nothing of it is held beyond zip4j's buffers, and the password
 * lives only in the request that asked for it.
 */
final class ProtectedZip {

  /** Writes the plaintext given to {@link #entry} into the archive. */
  interface Content {
    void writeTo(OutputStream entry) throws IOException;
  }

  private ProtectedZip() {}

  /**
   * Writes to {@code out} the archive of one entry named {@code fileName} whose content {@code
   * content} writes. The archive is finished (central directory written, {@code out} flushed) when
   * the content <em>flushes</em> its stream after its last byte, so whoever counts that flush as
   * the end of a download counts a complete archive. {@code out} is left open.
   */
  static void write(String fileName, char[] password, OutputStream out, Content content)
      throws IOException {
    ZipParameters parameters = new ZipParameters();
    parameters.setFileNameInZip(fileName);
    parameters.setCompressionMethod(CompressionMethod.DEFLATE);
    parameters.setEncryptFiles(true);
    parameters.setEncryptionMethod(EncryptionMethod.AES);
    parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
    parameters.setAesVersion(AesVersion.TWO);
    ZipOutputStream zip = new ZipOutputStream(new Unclosed(out), password);
    Finishing entry = new Finishing(zip, out);
    zip.putNextEntry(parameters);
    content.writeTo(entry);
    entry.finish();
  }

  /** The entry's stream: its flush after the content ends the archive, once. */
  private static final class Finishing extends FilterOutputStream {
    private final ZipOutputStream zip;
    private final OutputStream target;
    private boolean finished;

    Finishing(ZipOutputStream zip, OutputStream target) {
      super(zip);
      this.zip = zip;
      this.target = target;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (finished) {
        throw new IOException("The archive is already finished");
      }
      zip.write(b, off, len);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
      finish();
    }

    @Override
    public void close() throws IOException {
      finish();
    }

    void finish() throws IOException {
      if (finished) {
        return;
      }
      finished = true;
      zip.closeEntry();
      zip.close();
      target.flush();
    }
  }

  /** Keeps zip4j's close from closing the response. */
  private static final class Unclosed extends FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
