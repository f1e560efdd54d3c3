package nl.regie.inburgering.brieven;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One letter of a dossier as it was sent: the PDF, its SHA-256 checksum, and the day it was sent. For the PIP
 * beschikking {@link #getVerzondenOp()} is the PIP's bekendmaking (Awb 3:41) of version {@link #getPipVersie()}.
 */
@Entity
@Table(name = "brief")
public class Brief {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private BriefSoort soort;
    private String titel;
    private Integer pipVersie;
    private Instant aangemaaktOp;
    private String aangemaaktDoor;
    private LocalDate verzondenOp;
    @Basic(fetch = FetchType.LAZY)
    private byte[] inhoud;
    private String checksum;

    protected Brief() {
    }

    public Brief(Long dossierId, BriefSoort soort, String titel, Integer pipVersie, Instant aangemaaktOp,
                 String aangemaaktDoor, LocalDate verzondenOp, byte[] inhoud, String checksum) {
        this.dossierId = dossierId;
        this.soort = soort;
        this.titel = titel;
        this.pipVersie = pipVersie;
        this.aangemaaktOp = aangemaaktOp;
        this.aangemaaktDoor = aangemaaktDoor;
        this.verzondenOp = verzondenOp;
        this.inhoud = inhoud;
        this.checksum = checksum;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public BriefSoort getSoort() { return soort; }
    public String getTitel() { return titel; }
    public Integer getPipVersie() { return pipVersie; }
    public Instant getAangemaaktOp() { return aangemaaktOp; }
    public String getAangemaaktDoor() { return aangemaaktDoor; }
    public LocalDate getVerzondenOp() { return verzondenOp; }
    public byte[] getInhoud() { return inhoud; }
    public String getChecksum() { return checksum; }
}
