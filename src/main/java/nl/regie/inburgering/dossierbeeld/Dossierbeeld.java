package nl.regie.inburgering.dossierbeeld;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.inburgering.begeleiding.BegeleidingTrajectRepository;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.dossier.Persoon;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.intake.BredeIntakeRepository;
import nl.regie.inburgering.intake.OproepRepository;
import nl.regie.inburgering.map.MapTrajectRepository;
import nl.regie.inburgering.ontzorgen.OntzorgenTrajectRepository;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.pip.PipVersieRepository;
import nl.regie.inburgering.pvt.PvtTrajectRepository;
import nl.regie.inburgering.voortgang.Voortgangsplanning;
import nl.regie.inburgering.web.Gebruiker;

/**
 * The read model of the dossier view: what no other endpoint gives (the PIP versions, the PVT, MAP, ontzorgen and
 * begeleiding tracks, the intake appointments, the open tasks, the dates and deadlines ahead) and a short line per
 * dossier for the lists. The person, the events, the leerroute with the partners' reports, the voortgang, handhaving,
 * the letters and the audit trail come from their own endpoints. Reading is recorded in the audit trail.
 */
@Service
public class Dossierbeeld {

    public static final String AUDIT_OVERZICHT = "OVERZICHT_GELEZEN";

    public record Termijn(LocalDate datum, String omschrijving) {
    }

    public record PipVersieRegel(int versie, String status, String leerroute, String adviesLeerroute, LocalDate dagtekening,
                                 String opgesteldDoor, String vastgesteldDoor, boolean ontzorgen, String wijzigingSoorten) {
    }

    public record Traject(String soort, String status, String partner, LocalDate startdatum, LocalDate einddatum,
                          String toelichting) {
    }

    public record OproepRegel(int volgnummer, LocalDate datum, String locatie, Boolean verschenen,
                              LocalDate waarschuwingVerzonden) {
    }

    public record Overzicht(String dossiernummer, String naam, String gemeenteNaam, DossierRechten mag,
                            List<Termijn> termijnen, List<PipVersieRegel> pipVersies, List<Traject> trajecten,
                            List<OproepRegel> oproepen, LocalDate bredeIntakeGesprek, List<DossierTaken.Taak> openTaken) {
    }

    /** One dossier in a list (search, Mijn dossiers). */
    public record Regel(String dossiernummer, String naam, LocalDate geboortedatum, String bsn, String gemeenteNaam,
                        String doelgroep, String status, long openTaken, Termijn eerstvolgendeTermijn) {
    }

    private final PipVersieRepository pipVersies;
    private final PvtTrajectRepository pvt;
    private final MapTrajectRepository map;
    private final OntzorgenTrajectRepository ontzorgen;
    private final BegeleidingTrajectRepository begeleiding;
    private final OproepRepository oproepen;
    private final BredeIntakeRepository intakes;
    private final Voortgangsplanning planning;
    private final DossierTaken taken;
    private final Gemeenten gemeenten;
    private final InzageRepository inzagelog;

    public Dossierbeeld(PipVersieRepository pipVersies, PvtTrajectRepository pvt, MapTrajectRepository map,
                        OntzorgenTrajectRepository ontzorgen, BegeleidingTrajectRepository begeleiding,
                        OproepRepository oproepen, BredeIntakeRepository intakes, Voortgangsplanning planning,
                        DossierTaken taken, Gemeenten gemeenten, InzageRepository inzagelog) {
        this.pipVersies = pipVersies;
        this.pvt = pvt;
        this.map = map;
        this.ontzorgen = ontzorgen;
        this.begeleiding = begeleiding;
        this.oproepen = oproepen;
        this.intakes = intakes;
        this.planning = planning;
        this.taken = taken;
        this.gemeenten = gemeenten;
        this.inzagelog = inzagelog;
    }

    @Transactional
    public Overzicht overzicht(Dossier d, Gebruiker gebruiker) {
        inzagelog.save(new Inzage(d.getId(), gebruiker.id(), AUDIT_OVERZICHT, Instant.now()));
        List<DossierTaken.Taak> open = taken.open(d.getDossiernummer(), d.getGemeente());
        List<PipVersieRegel> versies = pipVersies.findByDossierIdOrderByVersie(d.getId()).stream()
                .map(p -> new PipVersieRegel(p.getVersie(), p.getStatus().name(), naam(p.getLeerroute()),
                        naam(p.getAdviesLeerroute()), p.getDagtekening(), p.getOpgesteldDoor(), p.getVastgesteldDoor(),
                        p.isOntzorgen(), p.getWijzigingSoorten()))
                .toList();
        List<Traject> trajecten = new ArrayList<>();
        pvt.findByDossierId(d.getId()).ifPresent(t -> trajecten.add(new Traject("PVT",
                t.getOndertekend() != null ? "ONDERTEKEND" : "GEPLAND", t.getPartner(), t.getOndertekend(),
                t.getStreefdatum(), t.getUren() == null ? null : t.getUren() + " uur")));
        map.findByDossierId(d.getId()).ifPresent(t -> trajecten.add(new Traject("MAP", t.getStatus().name(), null,
                t.getStartdatum(), t.getAfgerond(), uren(t.getUren(), t.getMinimumUren()))));
        ontzorgen.findByDossierId(d.getId()).ifPresent(t -> trajecten.add(new Traject("ONTZORGEN", t.getStatus().name(),
                null, t.getBijstandStartdatum(), t.getEinddatum(), null)));
        begeleiding.findByDossierId(d.getId()).ifPresent(t -> trajecten.add(new Traject("BEGELEIDING",
                t.getStatus().name(), t.getPartner(), t.getStartdatum(), t.getEinddatum(),
                t.isVerlengd() ? "verlengd" : null)));
        List<OproepRegel> afspraken = oproepen.findByDossierIdOrderByVolgnummer(d.getId()).stream()
                .map(o -> new OproepRegel(o.getVolgnummer(), o.getDatum(), o.getLocatie(), o.getVerschenen(),
                        o.getWaarschuwingVerzonden()))
                .toList();
        LocalDate gesprek = intakes.findByDossierId(d.getId()).map(i -> i.getGesprekDatum()).orElse(null);
        return new Overzicht(d.getDossiernummer(), d.getPersoon().volledigeNaam(), gemeenteNaam(d.getGemeente()),
                DossierRechten.van(gebruiker), termijnen(d, open, afspraken, trajecten), versies, trajecten, afspraken,
                gesprek, open);
    }

    /** A dossier's line in a list; the BSN only for the roles that may see it. */
    public Regel regel(Dossier d, Gebruiker gebruiker, long openTaken) {
        Persoon p = d.getPersoon();
        List<Termijn> termijnen = termijnen(d, List.of(), List.of(), List.of());
        return new Regel(d.getDossiernummer(), p.volledigeNaam(), p.getGeboortedatum(),
                DossierRechten.van(gebruiker).bsn() ? p.getBsn() : null, gemeenteNaam(d.getGemeente()),
                d.getDoelgroep().name(), d.getStatus().name(), openTaken, termijnen.isEmpty() ? null : termijnen.get(0));
    }

    /** Every date still ahead (today included), earliest first: the law's limits, planned conversations, due tasks. */
    private List<Termijn> termijnen(Dossier d, List<DossierTaken.Taak> open, List<OproepRegel> afspraken,
                                    List<Traject> trajecten) {
        LocalDate vandaag = Tijd.vandaag();
        List<Termijn> lijst = new ArrayList<>();
        if (d.isLopend()) {
            boolean pipVastgesteld = pipVersies.findFirstByDossierIdAndStatusOrderByVersieDesc(d.getId(),
                    PipVersie.Status.VASTGESTELD).isPresent();
            if (!pipVastgesteld && d.getPipUiterlijkeDatum() != null) {
                lijst.add(new Termijn(d.getPipUiterlijkeDatum(), d.getOpschortingSinds() != null
                        ? "PIP uiterlijk vastgesteld (termijn opgeschort sinds " + Datum.nl(d.getOpschortingSinds()) + ")"
                        : "PIP uiterlijk vastgesteld"));
            }
            if (d.getInburgeringstermijnEinde() != null) {
                lijst.add(new Termijn(d.getInburgeringstermijnEinde(), "Einde inburgeringstermijn"));
            }
            if (pipVastgesteld) {
                try {
                    lijst.add(new Termijn(planning.volgendeDatum(d), "Volgend voortgangsgesprek"));
                } catch (RuntimeException geenPlanning) {
                    // no conversation planned (yet): nothing to show
                }
            }
        }
        afspraken.stream().filter(o -> o.datum() != null && o.verschenen() == null)
                .forEach(o -> lijst.add(new Termijn(o.datum(), "Afspraak brede intake (oproep " + o.volgnummer() + ")")));
        trajecten.stream().filter(t -> t.einddatum() != null && !"BEEINDIGD".equals(t.status()))
                .forEach(t -> lijst.add(new Termijn(t.einddatum(), "Einde " + t.soort().toLowerCase(java.util.Locale.ROOT))));
        open.stream().filter(t -> t.vervaldatum() != null)
                .forEach(t -> lijst.add(new Termijn(t.vervaldatum(), "Taak: " + t.naam())));
        return lijst.stream().filter(t -> t.datum() != null && !t.datum().isBefore(vandaag))
                .sorted(Comparator.comparing(Termijn::datum)).toList();
    }

    private String gemeenteNaam(String tenantId) {
        return gemeenten.naamOfCode(tenantId);
    }

    private static String naam(Enum<?> waarde) {
        return waarde == null ? null : waarde.name();
    }

    private static String uren(Integer uren, Integer minimum) {
        if (uren == null && minimum == null) {
            return null;
        }
        return (uren == null ? 0 : uren) + (minimum == null ? " uur" : " van " + minimum + " uur");
    }

    /** Dates the Dutch way in texts meant for people. */
    static final class Datum {
        private static final java.time.format.DateTimeFormatter NL = java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu");

        private Datum() {
        }

        static String nl(LocalDate datum) {
            return datum == null ? "" : NL.format(datum);
        }

        /** dd-mm-jjjj or jjjj-mm-dd (a browser's date field); null if neither. */
        static LocalDate lees(String tekst) {
            String t = tekst.trim();
            try {
                return t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t)
                        : t.matches("\\d{1,2}-\\d{1,2}-\\d{4}") ? LocalDate.parse(t,
                        java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT))
                        : null;
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
    }

    Map<String, Long> aantalOpen(List<Dossier> dossiers) {
        return taken.aantalOpen(dossiers.stream().map(Dossier::getDossiernummer).toList(),
                dossiers.stream().map(Dossier::getGemeente).distinct().toList());
    }
}
