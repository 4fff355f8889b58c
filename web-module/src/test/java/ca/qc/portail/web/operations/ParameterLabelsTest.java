package ca.qc.portail.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ca.qc.portail.batch.locking.JobLockStep;
import ca.qc.portail.batch.operations.Operations;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParameterLabelsTest {

  @Test
  @DisplayName(
      "R-J1–R-J7: every parameter an execution can carry has its label on the console, in both"
          + " languages (a scheduled run's scheduledFor had none: the console answered 500)")
  void everyExecutionParameterHasALabel() throws IOException {
    List<String> parameters = new ArrayList<>(Operations.PARAMETERS);
    parameters.addAll(Operations.REHEARSAL_PARAMETERS);
    parameters.add(JobLockStep.SCHEDULED_FOR);
    for (String language : List.of("fr", "en")) {
      Properties bundle = new Properties();
      try (Reader reader =
          new InputStreamReader(
              ParameterLabelsTest.class.getResourceAsStream(
                  "/ca/qc/portail/web/messages_" + language + ".properties"),
              StandardCharsets.UTF_8)) {
        bundle.load(reader);
      }
      for (String parameter : parameters) {
        assertThat(bundle.getProperty("operations.parameter.label." + parameter))
            .as(language + " label of " + parameter)
            .isNotBlank();
      }
    }
  }
}
