package ca.qc.portail.partner;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An external partner organisation (intervenant externe) and its agreements with the ministry. */
@Entity
@Table(name = "partner")
public class Partner {

  @Id
  @SequenceGenerator(name = "partner_seq", sequenceName = "partner_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 300)
  private String address;

  @Column(name = "postal_code", length = 7)
  private String postalCode;

  @Column(length = 20)
  private String phone;

  @Column(length = 10)
  private String neq;

  @Column(name = "education_number", length = 20)
  private String educationNumber;

  @Column(name = "non_profit", nullable = false)
  private boolean nonProfit;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "partner", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("startDate DESC")
  private List<Agreement> agreements = new ArrayList<>();

  protected Partner() {}

  public Partner(String name, String neq, boolean nonProfit, Instant createdAt) {
    this.name = Objects.requireNonNull(name);
    this.neq = neq;
    this.nonProfit = nonProfit;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Replaces what central entered (R-C1); the entry is already normalised and checked. */
  public void update(PartnerData data) {
    this.name = Objects.requireNonNull(data.name());
    this.neq = data.neq();
    this.nonProfit = data.nonProfit();
    this.educationNumber = data.educationNumber();
    setContact(data.address(), data.postalCode(), data.phone());
  }

  public PartnerData data() {
    return new PartnerData(name, address, postalCode, phone, neq, educationNumber, nonProfit);
  }

  public Agreement addAgreement(Agreement agreement) {
    agreement.attachTo(this);
    agreements.add(agreement);
    return agreement;
  }

  public void setContact(String address, String postalCode, String phone) {
    this.address = address;
    this.postalCode = postalCode;
    this.phone = phone;
  }

  public void setEducationNumber(String educationNumber) {
    this.educationNumber = educationNumber;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getPhone() {
    return phone;
  }

  public String getNeq() {
    return neq;
  }

  public String getEducationNumber() {
    return educationNumber;
  }

  public boolean isNonProfit() {
    return nonProfit;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Agreement> getAgreements() {
    return List.copyOf(agreements);
  }
}
