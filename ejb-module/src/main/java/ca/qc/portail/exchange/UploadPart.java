package ca.qc.portail.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/**
 * One stored, encrypted part of an upload's content: the plaintext bytes [{@code plainOffset},
 * {@code plainOffset + plainLength}). Recorded only once the part's file is complete on disk, and
 * only while the request that wrote it still held the upload: its file, named after that request's
 * claim, is never written by any other request.
 */
@Entity
@Table(name = "exchange_upload_part")
public class UploadPart {

  /** The parts recorded for an upload, in no particular order (readers sort them by index). */
  static List<UploadPart> of(EntityManager em, long uploadId) {
    return em.createQuery("SELECT p FROM UploadPart p WHERE p.uploadId = :upload", UploadPart.class)
        .setParameter("upload", uploadId)
        .getResultList();
  }

  @Id
  @SequenceGenerator(
      name = "exchange_upload_part_seq",
      sequenceName = "exchange_upload_part_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_upload_part_seq")
  private Long id;

  @Column(name = "upload_id", nullable = false)
  private long uploadId;

  @Column(name = "part_index", nullable = false)
  private int partIndex;

  @Column(name = "plain_offset", nullable = false)
  private long plainOffset;

  @Column(name = "plain_length", nullable = false)
  private long plainLength;

  /** The claim of the request that wrote the part, in its file's name. */
  @Column(name = "file_token", nullable = false, length = 36)
  private String fileToken;

  protected UploadPart() {}

  public UploadPart(
      long uploadId, int partIndex, long plainOffset, long plainLength, String fileToken) {
    this.uploadId = uploadId;
    this.partIndex = partIndex;
    this.plainOffset = plainOffset;
    this.plainLength = plainLength;
    this.fileToken = fileToken;
  }

  public long getUploadId() {
    return uploadId;
  }

  public int getPartIndex() {
    return partIndex;
  }

  public long getPlainOffset() {
    return plainOffset;
  }

  public long getPlainLength() {
    return plainLength;
  }

  public String getFileToken() {
    return fileToken;
  }
}
