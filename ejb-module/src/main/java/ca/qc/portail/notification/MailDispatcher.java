package ca.qc.portail.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox (R-J6) every {@code mail.dispatch.intervalSeconds}: claims the due e-mails,
 * sends them over one SMTP connection, and records each success or failure. A failure (SMTP down)
 * leaves the e-mail in the outbox for a later attempt.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
  private static final int BATCH = 50;
  private static final Duration LEASE = Duration.ofMinutes(5);

  @Resource private TimerService timers;
  @Inject private Outbox outbox;
  @Inject private MailTransport transport;

  @Inject
  @ConfigProperty(name = "mail.dispatch.intervalSeconds", defaultValue = "10")
  long intervalSeconds;

  /** One dispatch at a time in this instance; other instances are kept apart by the claims. */
  private final ReentrantLock running = new ReentrantLock();

  @PostConstruct
  void schedule() {
    long interval = Duration.ofSeconds(intervalSeconds).toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("mail-dispatch", false));
  }

  @Timeout
  void onTimer() {
    dispatchDue();
  }

  /** Sends what is due now; returns how many e-mails were sent. */
  public int dispatchDue() {
    if (!running.tryLock()) {
      return 0;
    }
    try {
      int sent = 0;
      List<Outbox.Claimed> claimed;
      while (!(claimed = outbox.claimDue(BATCH, LEASE)).isEmpty()) {
        sent += send(claimed);
        if (claimed.size() < BATCH) {
          break;
        }
      }
      return sent;
    } finally {
      running.unlock();
    }
  }

  private int send(List<Outbox.Claimed> claimed) {
    int sent = 0;
    int done = 0;
    try (MailTransport.Delivery delivery = transport.open()) {
      for (Outbox.Claimed email : claimed) {
        try {
          delivery.send(email.email());
          outbox.markSent(email.id());
          sent++;
        } catch (MessagingException | RuntimeException e) {
          LOG.log(Level.WARNING, "E-mail " + email.id() + " not sent: " + e.getMessage(), e);
          outbox.markFailed(email.id(), e.getMessage());
        }
        done++;
      }
    } catch (MessagingException | RuntimeException e) {
      int waiting = claimed.size() - done;
      LOG.log(Level.WARNING, "SMTP unavailable, " + waiting + " e-mail(s) wait: " + e.getMessage());
      for (Outbox.Claimed email : claimed.subList(done, claimed.size())) {
        outbox.markFailed(email.id(), e.getMessage());
      }
    }
    return sent;
  }
}
