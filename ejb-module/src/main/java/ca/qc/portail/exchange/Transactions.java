package ca.qc.portail.exchange;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;

/**
 * Short transactions around the bookkeeping of a transfer (R-E9). The transfer services stream
 * gigabytes and must not hold a transaction (nor a database connection) while bytes flow, so they
 * manage their own: each step that writes commits on its own, before or after the bytes.
 */
final class Transactions {
  private Transactions() {}

  static <T> T run(UserTransaction tx, Supplier<T> work) {
    try {
      tx.begin();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot begin a transaction", e);
    }
    boolean committed = false;
    try {
      T result = work.get();
      tx.commit();
      committed = true;
      return result;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("Transaction failed", e);
    } finally {
      if (!committed) {
        rollback(tx);
      }
    }
  }

  static void run(UserTransaction tx, Runnable work) {
    run(
        tx,
        () -> {
          work.run();
          return null;
        });
  }

  private static void rollback(UserTransaction tx) {
    try {
      if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
        tx.rollback();
      }
    } catch (IllegalStateException | SecurityException | SystemException e) {
      // Already ended.
    }
  }
}
