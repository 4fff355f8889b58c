package ca.qc.portail.exchange;

/**
 * Where an upload stands (R-E9): how many bytes of the declared size are stored — where a resumed
 * upload continues — its state, and whether the last request's stream broke.
 */
public record UploadStatus(
    long uploadId, long bytesReceived, long declaredSize, UploadState state, boolean interrupted) {

  public boolean complete() {
    return bytesReceived == declaredSize;
  }
}
