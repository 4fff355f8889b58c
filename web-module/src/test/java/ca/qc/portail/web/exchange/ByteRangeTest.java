package ca.qc.portail.web.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.web.exchange.ByteRange.Part;
import ca.qc.portail.web.exchange.ByteRange.Unsatisfiable;
import ca.qc.portail.web.exchange.ByteRange.Whole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-E9: the range a broken download resumes from. */
class ByteRangeTest {

  @Test
  @DisplayName("R-E9: bytes=a-b, a- and -n give one range clipped to the document")
  void singleRanges() {
    assertThat(ByteRange.parse("bytes=0-99", 1000)).isEqualTo(new Part(new ByteRange(0, 99)));
    assertThat(ByteRange.parse("bytes=500-", 1000)).isEqualTo(new Part(new ByteRange(500, 999)));
    assertThat(ByteRange.parse("bytes=900-5000", 1000))
        .isEqualTo(new Part(new ByteRange(900, 999)));
    assertThat(ByteRange.parse("bytes=-100", 1000)).isEqualTo(new Part(new ByteRange(900, 999)));
    assertThat(ByteRange.parse("bytes=-5000", 1000)).isEqualTo(new Part(new ByteRange(0, 999)));
    assertThat(new ByteRange(900, 999).contentRange(1000)).isEqualTo("bytes 900-999/1000");
    assertThat(new ByteRange(900, 999).length()).isEqualTo(100);
  }

  @Test
  @DisplayName("R-E9: a range past the end is unsatisfiable (416)")
  void unsatisfiable() {
    assertThat(ByteRange.parse("bytes=1000-", 1000)).isInstanceOf(Unsatisfiable.class);
    assertThat(ByteRange.parse("bytes=-0", 1000)).isInstanceOf(Unsatisfiable.class);
    assertThat(ByteRange.parse("bytes=0-", 0)).isInstanceOf(Unsatisfiable.class);
  }

  @Test
  @DisplayName("R-E9: no header, several ranges, other units or nonsense send the whole document")
  void ignored() {
    assertThat(ByteRange.parse(null, 1000)).isInstanceOf(Whole.class);
    assertThat(ByteRange.parse("bytes=0-1,5-6", 1000)).isInstanceOf(Whole.class);
    assertThat(ByteRange.parse("items=0-1", 1000)).isInstanceOf(Whole.class);
    assertThat(ByteRange.parse("bytes=-", 1000)).isInstanceOf(Whole.class);
    assertThat(ByteRange.parse("bytes=9-3", 1000)).isInstanceOf(Whole.class);
    assertThat(ByteRange.parse("bytes=99999999999999999999-", 1000)).isInstanceOf(Whole.class);
  }
}
