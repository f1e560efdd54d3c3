package nl.regie.inburgering.pipwijziging;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;

/**
 * One change of the PIP (Wi 15): asked for (our API, a voortgangsgesprek), drafted by the casemanager, fixed by a
 * teamleider who neither asked nor drafted it as the next PIP version with its dagtekening, or refused. The draft's
 * values live here; the process finds this row by its own process instance.
 */
@Entity
@Table(name = "pip_wijziging")
public class PipWijziging {

    public enum Status { AANGEVRAAGD, TER_VASTSTELLING, VASTGESTELD, AFGEWEZEN, VERVALLEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String aanleiding;
    private String soorten;
    private String reden;
    private String aangevraagdDoor;
    private LocalDate aangevraagdOp;
    private String opgesteldDoor;
    @Enumerated(EnumType.STRING)
    private Leerroute leerroute;
    private String niveauLezen;
    private String niveauLuisteren;
    private String niveauSchrijven;
    private String niveauSpreken;
    private String niveauReden;
    private Integer geschatteIntensiteit;
    private String alfabetisering;
    private Boolean magOpleidingAfmaken;
    private String pvtAfspraken;
    private String mapAfspraken;
    private String begeleidingAfspraken;
    private Boolean ontzorgen;
    private String geenOntzorgenReden;
    /** The voortgangsgesprekken interval the change sets (ISO-8601 period; null: the gemeente's default). */
    private String voortgangInterval;
    private String beoordeeldDoor;
    private LocalDate beoordeeldOp;
    private String opmerking;
    private Integer pipVersie;
    private String procesInstantieId;

    protected PipWijziging() {
    }

    public PipWijziging(Long dossierId, String aanleiding, Set<PipWijzigingSoort> soorten, String reden, String door,
                        LocalDate op) {
        this.dossierId = dossierId;
        this.aanleiding = aanleiding;
        this.soorten = alsTekst(soorten);
        this.reden = reden;
        this.aangevraagdDoor = door;
        this.aangevraagdOp = op;
        this.status = Status.AANGEVRAAGD;
    }

    /** The draft: what changes and how; now with a teamleider. */
    public void opgesteld(Voorstel v, String door) {
        this.soorten = alsTekst(v.soorten());
        this.reden = v.reden();
        this.leerroute = v.leerroute();
        PipVersie.Niveaus n = v.niveaus() == null ? PipVersie.Niveaus.GEEN : v.niveaus();
        this.niveauLezen = n.lezen();
        this.niveauLuisteren = n.luisteren();
        this.niveauSchrijven = n.schrijven();
        this.niveauSpreken = n.spreken();
        this.niveauReden = v.niveauReden();
        this.geschatteIntensiteit = v.geschatteIntensiteit();
        this.alfabetisering = v.alfabetisering();
        this.magOpleidingAfmaken = v.magOpleidingAfmaken();
        this.pvtAfspraken = v.pvtAfspraken();
        this.mapAfspraken = v.mapAfspraken();
        this.begeleidingAfspraken = v.begeleidingAfspraken();
        this.ontzorgen = v.ontzorgen();
        this.geenOntzorgenReden = v.geenOntzorgenReden();
        this.voortgangInterval = v.voortgangInterval() == null ? null : v.voortgangInterval().toString();
        this.opgesteldDoor = door;
        this.status = Status.TER_VASTSTELLING;
    }

    public void teruggegeven(String opmerking) {
        this.status = Status.AANGEVRAAGD;
        this.opmerking = opmerking;
    }

    public void vastgesteld(String teamleider, LocalDate op, int pipVersie) {
        this.status = Status.VASTGESTELD;
        this.beoordeeldDoor = teamleider;
        this.beoordeeldOp = op;
        this.pipVersie = pipVersie;
    }

    public void afgewezen(String teamleider, LocalDate op, String opmerking) {
        this.status = Status.AFGEWEZEN;
        this.beoordeeldDoor = teamleider;
        this.beoordeeldOp = op;
        this.opmerking = opmerking;
    }

    public void vervallen(LocalDate op) {
        this.status = Status.VERVALLEN;
        this.beoordeeldOp = op;
    }

    public void gestartIn(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    public boolean isOpen() {
        return status == Status.AANGEVRAAGD || status == Status.TER_VASTSTELLING;
    }

    /** The draft as stored, as the fixing applies it. */
    public Voorstel voorstel() {
        return new Voorstel(soorten(), reden, leerroute,
                new PipVersie.Niveaus(niveauLezen, niveauLuisteren, niveauSchrijven, niveauSpreken), niveauReden,
                geschatteIntensiteit, alfabetisering, magOpleidingAfmaken, pvtAfspraken, mapAfspraken,
                begeleidingAfspraken, ontzorgen, geenOntzorgenReden,
                voortgangInterval == null ? null : java.time.Period.parse(voortgangInterval));
    }

    public Set<PipWijzigingSoort> soorten() {
        if (soorten == null || soorten.isBlank()) {
            return EnumSet.noneOf(PipWijzigingSoort.class);
        }
        return Arrays.stream(soorten.split(",")).map(PipWijzigingSoort::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PipWijzigingSoort.class)));
    }

    static String alsTekst(Set<PipWijzigingSoort> soorten) {
        return soorten == null || soorten.isEmpty() ? null
                : EnumSet.copyOf(soorten).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public Status getStatus() { return status; }
    public String getAanleiding() { return aanleiding; }
    public String getReden() { return reden; }
    public String getAangevraagdDoor() { return aangevraagdDoor; }
    public LocalDate getAangevraagdOp() { return aangevraagdOp; }
    public String getOpgesteldDoor() { return opgesteldDoor; }
    public Leerroute getLeerroute() { return leerroute; }
    public String getBeoordeeldDoor() { return beoordeeldDoor; }
    public LocalDate getBeoordeeldOp() { return beoordeeldOp; }
    public String getOpmerking() { return opmerking; }
    public Integer getPipVersie() { return pipVersie; }
    public String getProcesInstantieId() { return procesInstantieId; }
}
