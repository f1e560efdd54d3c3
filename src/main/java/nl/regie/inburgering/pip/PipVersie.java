package nl.regie.inburgering.pip;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of the Plan Inburgering en Participatie. A concept becomes a beschikking when a teamleider other than
 * its author fixes it; a later change is a new version.
 */
@Entity
@Table(name = "pip_versie")
public class PipVersie {

    public enum Status { CONCEPT, VASTGESTELD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private int versie;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private Leerroute leerroute;
    @Enumerated(EnumType.STRING)
    private Leerroute adviesLeerroute;
    private String afwijkingReden;
    private String pvtAfspraken;
    private String mapAfspraken;
    private String begeleidingAfspraken;
    private boolean ontzorgen;
    private int aantalVoortgangsgesprekken;
    private String toelichting;
    private String opgesteldDoor;
    private Instant opgesteldOp;
    private String vastgesteldDoor;
    private Instant vastgesteldOp;
    private LocalDate dagtekening;
    private String teamleiderOpmerking;
    /** How often the voortgangsgesprekken take place (ISO-8601 period); null: the gemeente's default. */
    private String voortgangInterval;
    // what DUO's PIP registration needs (PIP.yml; issue 9): level per exam part, estimated hours, literacy, education
    private String niveauLezen;
    private String niveauLuisteren;
    private String niveauSchrijven;
    private String niveauSpreken;
    private Integer geschatteIntensiteit;
    private String alfabetisering;
    private Boolean magOpleidingAfmaken;
    private String niveauReden;
    private String geenOntzorgenReden;
    // a later version: the kinds of change and why (see pipwijziging)
    private String wijzigingSoorten;
    private String wijzigingReden;

    protected PipVersie() {
    }

    public PipVersie(Long dossierId, int versie) {
        this.dossierId = dossierId;
        this.versie = versie;
        this.status = Status.CONCEPT;
    }

    public void concept(Leerroute leerroute, Leerroute advies, String afwijkingReden, String pvt, String map,
                        String begeleiding, boolean ontzorgen, int voortgangsgesprekken, String toelichting,
                        String door, Instant op) {
        this.leerroute = leerroute;
        this.adviesLeerroute = advies;
        this.afwijkingReden = afwijkingReden;
        this.pvtAfspraken = pvt;
        this.mapAfspraken = map;
        this.begeleidingAfspraken = begeleiding;
        this.ontzorgen = ontzorgen;
        this.aantalVoortgangsgesprekken = voortgangsgesprekken;
        this.toelichting = toelichting;
        this.opgesteldDoor = door;
        this.opgesteldOp = op;
    }

    /** The interval of the voortgangsgesprekken this version fixes (P1M..P6M), or null for the gemeente's default. */
    public void voortgangInterval(java.time.Period interval) {
        this.voortgangInterval = interval == null ? null : interval.toString();
    }

    /** DUO's fields of the PIP (checked by {@link PipRegels} before they get here). */
    public void duoGegevens(Niveaus niveaus, Integer geschatteIntensiteit, String alfabetisering,
                            Boolean magOpleidingAfmaken, String niveauReden, String geenOntzorgenReden) {
        zetNiveaus(niveaus, niveauReden);
        this.geschatteIntensiteit = geschatteIntensiteit;
        this.alfabetisering = alfabetisering;
        this.magOpleidingAfmaken = magOpleidingAfmaken;
        this.geenOntzorgenReden = geenOntzorgenReden;
    }

    /**
     * The next version (Wi 15: a change is again a beschikking) with every agreement of this one; the change then
     * sets what it changes. Fixed by {@link #vastgesteld}.
     */
    public PipVersie volgende(String soorten, String reden, String door, Instant op) {
        PipVersie volgende = new PipVersie(dossierId, versie + 1);
        volgende.concept(leerroute, adviesLeerroute, afwijkingReden, pvtAfspraken, mapAfspraken, begeleidingAfspraken,
                ontzorgen, aantalVoortgangsgesprekken, toelichting, door, op);
        volgende.duoGegevens(niveaus(), geschatteIntensiteit, alfabetisering, magOpleidingAfmaken, niveauReden,
                geenOntzorgenReden);
        volgende.voortgangInterval = voortgangInterval;
        volgende.wijzigingSoorten = soorten;
        volgende.wijzigingReden = reden;
        return volgende;
    }

    public void zetLeerroute(Leerroute leerroute) { this.leerroute = leerroute; }
    public void zetNiveaus(Niveaus niveaus, String reden) {
        Niveaus n = niveaus == null ? Niveaus.GEEN : niveaus;
        this.niveauLezen = n.lezen();
        this.niveauLuisteren = n.luisteren();
        this.niveauSchrijven = n.schrijven();
        this.niveauSpreken = n.spreken();
        this.niveauReden = reden;
    }
    public void zetIntensiteit(Integer geschatteIntensiteit, String alfabetisering, Boolean magOpleidingAfmaken) {
        this.geschatteIntensiteit = geschatteIntensiteit;
        this.alfabetisering = alfabetisering;
        this.magOpleidingAfmaken = magOpleidingAfmaken;
    }
    public void zetPvtMap(String pvt, String map) {
        this.pvtAfspraken = pvt;
        this.mapAfspraken = map;
    }
    public void zetBegeleiding(String begeleiding) { this.begeleidingAfspraken = begeleiding; }
    public void zetOntzorgen(boolean ontzorgen, String geenOntzorgenReden) {
        this.ontzorgen = ontzorgen;
        this.geenOntzorgenReden = ontzorgen ? null : geenOntzorgenReden;
    }

    /** The level per exam part, B1 or A2; null where the PIP sets none (not on the B1-route). */
    public record Niveaus(String lezen, String luisteren, String schrijven, String spreken) {
        public static final Niveaus GEEN = new Niveaus(null, null, null, null);
        public static final Niveaus B1 = new Niveaus("B1", "B1", "B1", "B1");

        public java.util.Map<String, String> perOnderdeel() {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            m.put("niveauLezen", lezen);
            m.put("niveauLuisteren", luisteren);
            m.put("niveauSchrijven", schrijven);
            m.put("niveauSpreken", spreken);
            return m;
        }

        /** DUO's {@code niveau}: the lowest level of the four parts (A2 when any part is A2). */
        public String duoNiveau() {
            java.util.Collection<String> waarden = perOnderdeel().values();
            return waarden.contains("A2") ? "A2" : waarden.contains("B1") ? "B1" : null;
        }
    }

    public void teruggegeven(String opmerking) {
        this.teamleiderOpmerking = opmerking;
    }

    /**
     * The next version after a route switch (Wi 15: a change is again a beschikking): the same agreements on the
     * new route; no MAP on the onderwijsroute.
     */
    public PipVersie gewijzigdNaar(Leerroute nieuweRoute, String reden, String door, Instant op) {
        String map = mapAfspraken;
        if (nieuweRoute == Leerroute.ONDERWIJS) {
            map = null;
        } else if (map == null) {
            map = "MAP volgens het beleid van de gemeente (na de routewissel)";
        }
        PipVersie volgende = new PipVersie(dossierId, versie + 1);
        volgende.concept(nieuweRoute, adviesLeerroute, reden, pvtAfspraken, map, begeleidingAfspraken, ontzorgen,
                aantalVoortgangsgesprekken, toelichting, door, op);
        volgende.voortgangInterval = voortgangInterval;
        return volgende;
    }

    public void vastgesteld(LocalDate dagtekening, String door, Instant op) {
        this.status = Status.VASTGESTELD;
        this.dagtekening = dagtekening;
        this.vastgesteldDoor = door;
        this.vastgesteldOp = op;
    }

    /**
     * Every field of this version except its id and dossier: what a copy must carry ({@link #kopieVoor}). A field
     * added to this entity belongs here too (PipVersieKopieTest counts them).
     */
    public record Inhoud(int versie,
                         Status status,
                         Leerroute leerroute,
                         Leerroute adviesLeerroute,
                         String afwijkingReden,
                         String pvtAfspraken,
                         String mapAfspraken,
                         String begeleidingAfspraken,
                         boolean ontzorgen,
                         int aantalVoortgangsgesprekken,
                         String toelichting,
                         String opgesteldDoor,
                         Instant opgesteldOp,
                         String vastgesteldDoor,
                         Instant vastgesteldOp,
                         LocalDate dagtekening,
                         String teamleiderOpmerking,
                         String voortgangInterval,
                         String niveauLezen,
                         String niveauLuisteren,
                         String niveauSchrijven,
                         String niveauSpreken,
                         Integer geschatteIntensiteit,
                         String alfabetisering,
                         Boolean magOpleidingAfmaken,
                         String niveauReden,
                         String geenOntzorgenReden,
                         String wijzigingSoorten,
                         String wijzigingReden) {
    }

    public Inhoud inhoud() {
        return new Inhoud(versie, status, leerroute, adviesLeerroute, afwijkingReden, pvtAfspraken, mapAfspraken, begeleidingAfspraken, ontzorgen, aantalVoortgangsgesprekken, toelichting, opgesteldDoor, opgesteldOp, vastgesteldDoor, vastgesteldOp, dagtekening, teamleiderOpmerking, voortgangInterval, niveauLezen, niveauLuisteren, niveauSchrijven, niveauSpreken, geschatteIntensiteit, alfabetisering, magOpleidingAfmaken, niveauReden, geenOntzorgenReden, wijzigingSoorten, wijzigingReden);
    }

    /**
     * This version, every field, in another dossier (a move to a gemeente on this installation, a reopening): built
     * from {@link #inhoud()}, so a field cannot be forgotten.
     */
    public PipVersie kopieVoor(Long anderDossierId) {
        Inhoud i = inhoud();
        PipVersie k = new PipVersie(anderDossierId, i.versie());
        k.versie = i.versie();
        k.status = i.status();
        k.leerroute = i.leerroute();
        k.adviesLeerroute = i.adviesLeerroute();
        k.afwijkingReden = i.afwijkingReden();
        k.pvtAfspraken = i.pvtAfspraken();
        k.mapAfspraken = i.mapAfspraken();
        k.begeleidingAfspraken = i.begeleidingAfspraken();
        k.ontzorgen = i.ontzorgen();
        k.aantalVoortgangsgesprekken = i.aantalVoortgangsgesprekken();
        k.toelichting = i.toelichting();
        k.opgesteldDoor = i.opgesteldDoor();
        k.opgesteldOp = i.opgesteldOp();
        k.vastgesteldDoor = i.vastgesteldDoor();
        k.vastgesteldOp = i.vastgesteldOp();
        k.dagtekening = i.dagtekening();
        k.teamleiderOpmerking = i.teamleiderOpmerking();
        k.voortgangInterval = i.voortgangInterval();
        k.niveauLezen = i.niveauLezen();
        k.niveauLuisteren = i.niveauLuisteren();
        k.niveauSchrijven = i.niveauSchrijven();
        k.niveauSpreken = i.niveauSpreken();
        k.geschatteIntensiteit = i.geschatteIntensiteit();
        k.alfabetisering = i.alfabetisering();
        k.magOpleidingAfmaken = i.magOpleidingAfmaken();
        k.niveauReden = i.niveauReden();
        k.geenOntzorgenReden = i.geenOntzorgenReden();
        k.wijzigingSoorten = i.wijzigingSoorten();
        k.wijzigingReden = i.wijzigingReden();
        return k;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public int getVersie() { return versie; }
    public Status getStatus() { return status; }
    public Leerroute getLeerroute() { return leerroute; }
    public Leerroute getAdviesLeerroute() { return adviesLeerroute; }
    public String getAfwijkingReden() { return afwijkingReden; }
    public String getPvtAfspraken() { return pvtAfspraken; }
    public String getMapAfspraken() { return mapAfspraken; }
    public boolean isOntzorgen() { return ontzorgen; }
    public int getAantalVoortgangsgesprekken() { return aantalVoortgangsgesprekken; }
    public String getOpgesteldDoor() { return opgesteldDoor; }
    public String getBegeleidingAfspraken() { return begeleidingAfspraken; }
    public String getToelichting() { return toelichting; }
    public String getVastgesteldDoor() { return vastgesteldDoor; }
    public LocalDate getDagtekening() { return dagtekening; }
    public String getTeamleiderOpmerking() { return teamleiderOpmerking; }
    /** The voortgangsgesprekken interval this version fixes; null when it fixes none (the gemeente's default). */
    public java.time.Period getVoortgangInterval() {
        return voortgangInterval == null ? null : java.time.Period.parse(voortgangInterval);
    }
    public Niveaus niveaus() { return new Niveaus(niveauLezen, niveauLuisteren, niveauSchrijven, niveauSpreken); }
    public Integer getGeschatteIntensiteit() { return geschatteIntensiteit; }
    public String getAlfabetisering() { return alfabetisering; }
    public Boolean getMagOpleidingAfmaken() { return magOpleidingAfmaken; }
    public String getNiveauReden() { return niveauReden; }
    public String getGeenOntzorgenReden() { return geenOntzorgenReden; }
    public String getWijzigingSoorten() { return wijzigingSoorten; }
    public String getWijzigingReden() { return wijzigingReden; }
}
