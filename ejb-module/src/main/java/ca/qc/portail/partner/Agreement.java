package ca.qc.portail.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** An agreement (entente / contrat) between a partner and the ministry for one measure. */
@Entity
@Table(name = "agreement")
public class Agreement {

  @Id
  @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "partner_id")
  private Partner partner;

  @Column(nullable = false, length = 30)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MeasureFamily family;

  @Column(nullable = false, length = 20)
  private String measure;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  protected Agreement() {}

  public Agreement(
      String number, MeasureFamily family, String measure, LocalDate startDate, LocalDate endDate) {
    if (endDate.isBefore(startDate)) {
      throw new IllegalArgumentException("An agreement cannot end before it starts");
    }
    this.number = Objects.requireNonNull(number);
    this.family = Objects.requireNonNull(family);
    this.measure = Objects.requireNonNull(measure);
    this.startDate = startDate;
    this.endDate = endDate;
  }

  /** Replaces what central entered (R-C1); the entry is already normalised and checked. */
  public void update(AgreementData data) {
    if (data.endDate().isBefore(data.startDate())) {
      throw new IllegalArgumentException("An agreement cannot end before it starts");
    }
    this.number = Objects.requireNonNull(data.number());
    this.family = Objects.requireNonNull(data.family());
    this.measure = Objects.requireNonNull(data.measure());
    this.startDate = data.startDate();
    this.endDate = data.endDate();
  }

  public AgreementData data() {
    return new AgreementData(number, family, measure, startDate, endDate);
  }

  void attachTo(Partner partner) {
    this.partner = partner;
  }

  public Long getId() {
    return id;
  }

  public Partner getPartner() {
    return partner;
  }

  public String getNumber() {
    return number;
  }

  public MeasureFamily getFamily() {
    return family;
  }

  public String getMeasure() {
    return measure;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }
}
