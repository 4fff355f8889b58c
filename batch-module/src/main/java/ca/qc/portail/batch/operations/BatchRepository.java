package ca.qc.portail.batch.operations;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one change the Jakarta Batch API cannot make: marking FAILED an execution left STARTED by an
 * instance that died (JobOperator refuses to stop, abandon or restart a STARTED execution it does
 * not run). Payara keeps its job repository in the product's database, tables {@code jbatch*}; the
 * step rows become FAILED too, and the unfinished step then resumes from its last checkpoint on
 * restart.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BatchRepository {

  @PersistenceContext private EntityManager em;

  /** Marks the execution and its unfinished steps FAILED; false when it is not STARTED. */
  public boolean markFailed(long executionId, String exitStatus) {
    int rows =
        em.createNativeQuery(
                "UPDATE jbatchexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = ?1,"
                    + " endtime = CURRENT_TIMESTAMP, updatetime = CURRENT_TIMESTAMP"
                    + " WHERE jobexecid = ?2 AND batchstatus IN ('STARTING', 'STARTED')")
            .setParameter(1, exitStatus)
            .setParameter(2, executionId)
            .executeUpdate();
    if (rows == 0) {
      return false;
    }
    em.createNativeQuery(
            "UPDATE jbatchstepexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = ?1,"
                + " endtime = CURRENT_TIMESTAMP WHERE jobexecid = ?2"
                + " AND batchstatus IN ('STARTING', 'STARTED')")
        .setParameter(1, exitStatus)
        .setParameter(2, executionId)
        .executeUpdate();
    return true;
  }
}
