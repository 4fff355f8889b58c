package ca.qc.portail.batch.operations;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one change the Jakarta Batch API cannot make: marking FAILED an execution left STARTED by an
 * instance that died. {@code JobOperator.stop} only reaches executions running in this JVM, {@code
 * abandon} and {@code restart} refuse a STARTED execution, and neither Payara's asadmin batch
 * commands nor its JBatch runtime offer another way (see the README, "Running in a cluster").
 *
 * <p>Payara keeps the job repository in tables {@code jbatch*} of the data source named by {@code
 * jobs.repository.datasource}: the product's database on PostgreSQL, a second H2 file on the
 * embedded default (run.sh). Only the execution row and its unfinished step rows change, in one
 * transaction: {@code JobOperator.restart} checks the execution row's status, and the unfinished
 * step then resumes from its last checkpoint. The column names are those of Payara's tables on both
 * databases (unquoted, so they match H2's upper-case and PostgreSQL's lower-case names).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BatchRepository {

  @Inject
  @ConfigProperty(name = "jobs.repository.datasource", defaultValue = "jdbc/portail")
  String dataSourceName;

  /** Marks the execution and its unfinished steps FAILED; false when it is not STARTED. */
  public boolean markFailed(long executionId, String exitStatus) {
    try (Connection connection = dataSource().getConnection()) {
      if (update(
              connection,
              "UPDATE jbatchexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = ?,"
                  + " endtime = CURRENT_TIMESTAMP, updatetime = CURRENT_TIMESTAMP"
                  + " WHERE jobexecid = ? AND batchstatus IN ('STARTING', 'STARTED')",
              exitStatus,
              executionId)
          == 0) {
        return false;
      }
      update(
          connection,
          "UPDATE jbatchstepexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = ?,"
              + " endtime = CURRENT_TIMESTAMP WHERE jobexecid = ?"
              + " AND batchstatus IN ('STARTING', 'STARTED')",
          exitStatus,
          executionId);
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("Job repository not updated for execution " + executionId, e);
    }
  }

  private static int update(Connection connection, String sql, String exitStatus, long executionId)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, exitStatus);
      statement.setLong(2, executionId);
      return statement.executeUpdate();
    }
  }

  private DataSource dataSource() {
    try {
      return (DataSource) new InitialContext().lookup(dataSourceName);
    } catch (NamingException e) {
      throw new IllegalStateException("No job repository data source " + dataSourceName, e);
    }
  }
}
