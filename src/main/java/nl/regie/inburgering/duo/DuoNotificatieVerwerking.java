package nl.regie.inburgering.duo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.inburgering.dossier.Beeindigingsreden;
import nl.regie.inburgering.dossier.Doelgroep;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.DossierService;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.LeerbaarheidstoetsDuoOntvangen;
import nl.regie.inburgering.dossier.PersoonRepository;
import nl.regie.inburgering.duo.DuoNotificatie.Status;
import nl.regie.inburgering.duo.generated.examen.model.Examenresultaat;
import nl.regie.inburgering.duo.generated.examen.model.ExamenresultaatWI2021;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.model.Doelgroepindeling;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.model.Inburgeringsplicht;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.model.RedenGeenInburgeringsplicht;
import nl.regie.inburgering.duo.generated.inburgeringstermijn.model.Inburgeringstermijn;
import nl.regie.inburgering.duo.generated.ontheffing.model.AanvraagOordeel;
import nl.regie.inburgering.duo.generated.ontheffing.model.Ontheffing;
import nl.regie.inburgering.duo.generated.vrijstelling.model.Vrijstelling;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.verhuizing.VerhuisdZonderPip;
import nl.regie.inburgering.verhuizing.VorigePip;

/**
 * One stored DUO notification processed: the thin notification names only the event and the person, so we read
 * what it points to from DUO's APIs and record our own dossier events (the same ones the casemanager and COA
 * record: DUO is one more source). The mapping event → DUO read → our effect is the README's table. Runs in the job of
 * the notification's process: a DUO failure rolls everything back and the job is retried, then an incident.
 * No BSN in logs, results or the engine.
 */
@Service
public class DuoNotificatieVerwerking {

    private static final Logger LOG = LoggerFactory.getLogger(DuoNotificatieVerwerking.class);

    /** The account our events are recorded under (as DUO's own account records them through the API). */
    public static final String DOOR = "duo-koppeling";

    /** Events that open a dossier for a person we do not know yet (gezinsmigranten reach us only through DUO). */
    static final Set<String> OPENEN = Set.of("SS101", "SS139", "SS120", "SS121");

    /** Every event we act on; any other id is stored and acknowledged (GENEGEERD). */
    static final Set<String> RELEVANT = Set.of("SS101", "SS128", "SS139", "SS120", "SS121", "SS124", "SS125", "SS129",
            "SS130", "SS109", "SS110", "SS111", "SS106", "SS107", "SS108", "SS137", "SS131", "SS199", "SS102", "SS103",
            "SS104", "SS112", "SS113", "SS118", "SS119");

    private static final Map<String, String> ONDERDELEN = Map.of("LE", "LEZEN", "LU", "LUISTEREN", "SC", "SCHRIJVEN",
            "SP", "SPREKEN", "KNM", "KNM");

    /** The outcome of one round, routing the notification's process. */
    public record Uitkomst(Status status, String resultaat) {
    }

    private final DuoNotificatieRepository notificaties;
    private final DossierRepository dossiers;
    private final PersoonRepository personen;
    private final DossierService dossierService;
    private final Gemeenten gemeenten;
    private final DuoLezer lezer;
    private final List<PersoonsgegevensBron> bronnen;
    private final ApplicationEventPublisher publicatie;

    public DuoNotificatieVerwerking(DuoNotificatieRepository notificaties, DossierRepository dossiers,
                                    PersoonRepository personen, DossierService dossierService, Gemeenten gemeenten,
                                    DuoLezer lezer, List<PersoonsgegevensBron> bronnen, ApplicationEventPublisher publicatie) {
        this.publicatie = publicatie;
        this.notificaties = notificaties;
        this.dossiers = dossiers;
        this.personen = personen;
        this.dossierService = dossierService;
        this.gemeenten = gemeenten;
        this.lezer = lezer;
        this.bronnen = bronnen;
    }

    /** Processes the notification once more; a finished one answers its stored outcome (a retry has no new effect). */
    @Transactional
    public Uitkomst verwerk(long notificatieId, boolean wachtenVoorbij) {
        DuoNotificatie n = notificaties.findById(notificatieId).orElseThrow();
        if (n.getStatus() == Status.VERWERKT || n.getStatus() == Status.GENEGEERD || n.getStatus() == Status.AFGEHANDELD) {
            return new Uitkomst(n.getStatus(), n.getResultaat());
        }
        Uitkomst uitkomst = bepaal(n, wachtenVoorbij);
        n.uitkomst(uitkomst.status(), uitkomst.resultaat(), Instant.now());
        notificaties.save(n);
        LOG.info("DUO-notificatie {} ({}) verwerkt: {}", n.getId(), n.getGebeurtenisId(), uitkomst.status());
        return uitkomst;
    }

    /** The procesbeheerder closed it by hand. */
    @Transactional
    public void afgehandeld(long notificatieId) {
        DuoNotificatie n = notificaties.findById(notificatieId).orElseThrow();
        n.uitkomst(Status.AFGEHANDELD, "Afgehandeld door de procesbeheerder; eerder: " + n.getResultaat(), Instant.now());
    }

    private Uitkomst bepaal(DuoNotificatie n, boolean wachtenVoorbij) {
        String ev = n.getGebeurtenisId();
        if (!RELEVANT.contains(ev)) {
            return new Uitkomst(Status.GENEGEERD, "Gebeurtenis " + ev + " vraagt geen actie in de regie.");
        }
        if (n.getBsn() == null && n.getDossierId() == null) {
            return beoordelen("Notificatie zonder BSN (alleen V-nummer): DUO's API's zijn alleen met een BSN te raadplegen.");
        }
        Optional<Dossier> dossier = n.getDossierId() != null
                ? dossiers.findById(n.getDossierId()).filter(Dossier::isLopend)
                : dossiers.findFirstByPersoonBsnAndGemeenteOrderByVolgnummerDesc(n.getBsn(), n.getGemeente()).filter(Dossier::isLopend);
        String bsn = n.getBsn() != null ? n.getBsn() : dossier.map(d -> d.getPersoon().getBsn()).orElse(null);
        DuoLezer.Lezing duo = lezer.voor(bsn, n.getGemeente());
        LocalDate dag = n.getRegistratieDatumTijd().atZoneSameInstant(Tijd.ZONE).toLocalDate();
        if (dossier.isEmpty()) {
            if (!OPENEN.contains(ev)) {
                return beoordelen("Geen lopend dossier bij " + n.getGemeente() + " voor de persoon van " + ev
                        + ": open het dossier of handel af.");
            }
            return open(n, ev, duo, dag, wachtenVoorbij);
        }
        n.hoortBij(dossier.get().getId());
        return pasToe(ev, dossier.get(), duo, dag);
    }

    private Uitkomst open(DuoNotificatie n, String ev, DuoLezer.Lezing duo, LocalDate dag, boolean wachtenVoorbij) {
        Inburgeringsplicht plicht = duo.plicht().orElse(null);
        if (plicht == null || !Boolean.TRUE.equals(plicht.getIndicatorInburgeringsplicht())) {
            return beoordelen(ev + ": DUO kent voor deze persoon geen inburgeringsplicht; geen dossier geopend.");
        }
        Doelgroepindeling indeling = duo.doelgroep().map(d -> d.getIndeling()).orElse(null);
        boolean statushouder = indeling == Doelgroepindeling.ASIELSTATUSHOUDER;
        if (statushouder && "SS139".equals(ev) && !wachtenVoorbij) {
            // COA's koppeling opens a statushouder's dossier (with the housing and bijstand COA knows); it may come
            // after DUO's SS139: wait for it, then record the kennisgeving on that dossier (either order, same result)
            return new Uitkomst(Status.WACHT_OP_KOPPELING, "SS139 voor een statushouder: wacht op de koppeling van het COA.");
        }
        Optional<PersoonsgegevensBron.Persoonsgegevens> gegevens = personen.findByBsn(n.getBsn())
                .map(p -> new PersoonsgegevensBron.Persoonsgegevens(p.getVoornamen(), p.getAchternaam(), p.getGeboortedatum(), p.getNationaliteit()))
                .or(() -> bronnen.stream().map(b -> b.zoek(n.getBsn())).flatMap(Optional::stream).findFirst());
        if (gegevens.isEmpty()) {
            return beoordelen(ev + ": persoonsgegevens onbekend (geen BRP-koppeling); open het dossier met de gegevens uit de BRP.");
        }
        Gemeente gemeente = gemeenten.metTenantId(n.getGemeente());
        VorigePip vorigePip = null;
        VerhuisdZonderPip verhuisd = null;
        if ("SS121".equals(ev)) {
            var pip = duo.pip().orElse(null);
            Inburgeringstermijn termijn = duo.termijn().orElse(null);
            if (pip == null || pip.getPip() == null || termijn == null) {
                return beoordelen("SS121: DUO gaf geen PIP of termijn van de vorige gemeente.");
            }
            String leerroute = switch (pip.getPip().getLeerroute()) {
                case B -> "B1";
                case O -> "ONDERWIJS";
                case Z -> "Z";
            };
            String vorige = pip.getGemeentecode().replaceFirst("^GM", "");
            if (gemeenten.metCbsCode(vorige).isPresent()) {
                return beoordelen("SS121: de vorige gemeente " + vorige + " wordt door deze installatie bediend; "
                        + "registreer de verhuizing op dat dossier.");
            }
            vorigePip = new VorigePip(vorige, alsDatum(pip.getPip().getDagtekeningPip()), leerroute,
                    alsDatum(termijn.getStartdatum()), alsDatum(termijn.getEinddatum()));
        } else if ("SS120".equals(ev)) {
            verhuisd = new VerhuisdZonderPip(null, dag);
        }
        var p = gegevens.get();
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(n.getBsn(), p.voornamen(), p.achternaam(),
                p.geboortedatum(), p.nationaliteit(), statushouder ? Doelgroep.ASIELSTATUSHOUDER.name() : Doelgroep.GEZINSMIGRANT.name(),
                gemeente.cbsCode(), dag, false, verhuisd != null ? dag : null, vorigePip, verhuisd);
        Dossier dossier = dossierService.open(verzoek, dossierService.valideer(verzoek), DOOR).dossier();
        n.hoortBij(dossier.getId());
        Uitkomst effect = pasToe(ev, dossier, duo, dag);
        return new Uitkomst(effect.status(), "Dossier " + dossier.getDossiernummer() + " geopend; " + effect.resultaat());
    }

    private Uitkomst pasToe(String ev, Dossier dossier, DuoLezer.Lezing duo, LocalDate dag) {
        String nr = dossier.getDossiernummer();
        switch (ev) {
            case "SS101", "SS128", "SS129", "SS120", "SS121" -> {
                Inburgeringsplicht plicht = duo.plicht().orElse(null);
                if (plicht == null || !Boolean.TRUE.equals(plicht.getIndicatorInburgeringsplicht())) {
                    return beoordelen(ev + ": DUO meldt voor dossier " + nr + " geen inburgeringsplicht.");
                }
                registreer(dossier, GebeurtenisType.INBURGERINGSPLICHT_DUO, datum(plicht.getDatumKennisgevingInburgeringsplicht(), dag), ev);
                return verwerkt(ev + " → INBURGERINGSPLICHT_DUO op " + nr);
            }
            case "SS139" -> {
                Inburgeringsplicht plicht = duo.plicht().orElse(null);
                LocalDate kennisgeving = plicht == null ? dag : datum(plicht.getDatumKennisgevingInburgeringsplicht(), dag);
                registreer(dossier, GebeurtenisType.KENNISGEVING_DUO, kennisgeving, ev);
                return verwerkt("SS139 → KENNISGEVING_DUO " + kennisgeving + " op " + nr);
            }
            case "SS124", "SS125" -> {
                Doelgroepindeling indeling = duo.doelgroep().map(d -> d.getIndeling()).orElse(null);
                if (indeling == null) {
                    return beoordelen(ev + ": DUO's Inburgeringsplicht-API gaf geen doelgroep voor dossier " + nr
                            + " (nu " + dossier.getDoelgroep() + "). Vraag de doelgroep na bij DUO en registreer zo nodig "
                            + "DOELGROEP_GEWIJZIGD op het dossier.");
                }
                Doelgroep naar = indeling == Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT ? Doelgroep.GEZINSMIGRANT
                        : dossier.getDoelgroep().isStatushouder() ? dossier.getDoelgroep() : Doelgroep.ASIELSTATUSHOUDER;
                if (naar == dossier.getDoelgroep()) {
                    return verwerkt(ev + ": doelgroep " + naar + " al bekend in " + nr + ".");
                }
                Doelgroep van = dossier.getDoelgroep();
                registreer(dossier, GebeurtenisType.DOELGROEP_GEWIJZIGD, dag, naar.name());
                return verwerkt(ev + " → DOELGROEP_GEWIJZIGD " + van + " → " + naar + " op " + nr
                        + "; de casemanager beoordeelt PIP en trajecten.");
            }
            case "SS109" -> {
                String tijdelijk = duo.vrijstellingen().stream().map(Vrijstelling::getTijdelijkeVrijstelling)
                        .filter(t -> t != null).map(t -> "van " + t.getStartdatum() + " tot en met " + t.getEinddatum())
                        .findFirst().orElse("(periode niet opgegeven door DUO)");
                return beoordelen("SS109: DUO verleende een tijdelijke vrijstelling " + tijdelijk + " voor dossier " + nr
                        + ". De regie kent hiervoor geen gebeurtenis: de plicht en de termijn staan in die periode stil. "
                        + "Vraag de casemanager de lopende afspraken (leerroute, voortgangsgesprekken, handhaving) op te "
                        + "schorten tot de einddatum en dat als opmerking in het dossier vast te leggen; de verlenging "
                        + "van de termijn komt daarna van DUO (SS103). Handel deze taak daarna af.");
            }
            case "SS110", "SS111" -> {
                Inburgeringsplicht plicht = duo.plicht().orElse(null);
                RedenGeenInburgeringsplicht reden = plicht == null ? null : plicht.getRedenGeenInburgeringsplicht();
                Beeindigingsreden onze = "SS111".equals(ev) || reden == RedenGeenInburgeringsplicht.OVERLIJDEN
                        ? Beeindigingsreden.OVERLEDEN
                        : reden == RedenGeenInburgeringsplicht.VERBLIJFSDOEL_GEWIJZIGD ? Beeindigingsreden.INGETROKKEN_VERBLIJFSVERGUNNING
                        : reden == RedenGeenInburgeringsplicht.VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR ? Beeindigingsreden.INGETROKKEN_BUITENLAND
                        : null;
                if (onze == null) {
                    return beoordelen(ev + ": DUO trok de plicht in met reden '" + (reden == null ? "onbekend" : reden.getValue())
                            + "'; kies de beëindigingsreden voor dossier " + nr + ".");
                }
                return beeindig(dossier, plicht, dag, onze, ev);
            }
            case "SS106" -> {
                int examens = examenresultaten(dossier, duo);
                Inburgeringsplicht plicht = duo.plicht().orElse(null);
                return beeindig(dossier, plicht, dag, Beeindigingsreden.VOLDAAN_DIPLOMA, ev + " (" + examens + " examendag(en))");
            }
            case "SS107" -> {
                boolean geheel = duo.vrijstellingen().stream().map(Vrijstelling::getGeheleVrijstelling)
                        .anyMatch(g -> g != null && g.getOordeel() == nl.regie.inburgering.duo.generated.vrijstelling.model.AanvraagOordeel.TOEKENNING);
                if (!geheel) {
                    return beoordelen("SS107: DUO's Vrijstelling-API toont geen toegekende gehele vrijstelling voor dossier " + nr + ".");
                }
                return beeindig(dossier, duo.plicht().orElse(null), dag, Beeindigingsreden.VRIJSTELLING, ev);
            }
            case "SS108" -> {
                boolean geheel = duo.ontheffingen().stream().map(Ontheffing::getGeheleOntheffing)
                        .anyMatch(g -> g != null && g.getOordeel() == AanvraagOordeel.TOEKENNING);
                if (!geheel) {
                    return beoordelen("SS108: DUO's Ontheffing-API toont geen toegekende gehele ontheffing voor dossier " + nr + ".");
                }
                return beeindig(dossier, duo.plicht().orElse(null), dag, Beeindigingsreden.ONTHEFFING, ev);
            }
            case "SS118" -> {
                return beoordelen("SS118: DUO wees de aanvraag voor een ontheffing af (dossier " + nr + "). De regie kent "
                        + "hiervoor geen gebeurtenis en er verandert niets: de inburgeringsplicht, het PIP en de termijn "
                        + "blijven zoals ze zijn. Laat de casemanager het besluit met de inburgeraar bespreken (bij het "
                        + "volgende voortgangsgesprek) en handel deze taak daarna af.");
            }
            case "SS119" -> {
                String onderdeel = duo.ontheffingen().stream().map(Ontheffing::getGedeeltelijkeOntheffing).filter(g -> g != null)
                        .filter(g -> g.getOordeel() == AanvraagOordeel.TOEKENNING && g.getExamenonderdeel() != null)
                        .map(g -> g.getExamenonderdeel().getValue()).findFirst().orElse("(onderdeel niet opgegeven door DUO)");
                return beoordelen("SS119: DUO kende een gedeeltelijke ontheffing toe voor het examenonderdeel " + onderdeel
                        + " (dossier " + nr + "). De regie kent hiervoor geen gebeurtenis: dat onderdeel hoeft niet meer "
                        + "behaald te worden. Vraag de casemanager een PIP-wijziging te starten (Dossieracties → PIP "
                        + "wijzigen) die het onderdeel uit de leerroute haalt; handel deze taak daarna af.");
            }
            case "SS137" -> {
                return verwerkt("SS137: aangemeld voor de leerbaarheidstoets (dossier " + nr + "); geen actie tot de uitslag (SS131).");
            }
            case "SS131" -> {
                var resultaat = duo.leerbaarheidstoets().stream().filter(r -> r.getResultaat() != null)
                        .reduce((a, b) -> b).orElse(null);
                if (resultaat == null) {
                    return beoordelen("SS131: DUO's Leerbaarheidstoets-API gaf geen uitslag voor dossier " + nr
                            + ". Vraag de uitslag na bij DUO; de casemanager legt haar vast in de brede intake.");
                }
                String uitslag = switch (resultaat.getResultaat()) {
                    case B1_ROUTE_HAALBAAR -> "HAALBAAR";
                    case B1_ROUTE_NIET_HAALBAAR -> "NIET_HAALBAAR";
                    case ONBEKEND -> "ONBEKEND";
                };
                LocalDate afname = resultaat.getDatumAfname() == null ? dag : alsDatum(resultaat.getDatumAfname());
                publicatie.publishEvent(new LeerbaarheidstoetsDuoOntvangen(dossier.getId(), uitslag,
                        score(resultaat.getBehaaldeScore()), score(resultaat.getBenodigdeScore()), afname));
                return verwerkt("SS131: leerbaarheidstoets " + uitslag + " (" + afname + ") vastgelegd in de brede intake van " + nr + ".");
            }
            case "SS199" -> {
                int dagen = examenresultaten(dossier, duo);
                return verwerkt("SS199 → EXAMENRESULTAAT_DUO (" + dagen + " examendag(en)) op " + nr);
            }
            case "SS102" -> {
                Inburgeringstermijn t = duo.termijn().orElse(null);
                if (t == null) {
                    return beoordelen("SS102: DUO gaf geen inburgeringstermijn voor dossier " + nr + ".");
                }
                LocalDate start = alsDatum(t.getStartdatum());
                if (!start.equals(dossier.getInburgeringstermijnStart())) {
                    return beoordelen("SS102: termijnstart bij DUO " + start + ", in dossier " + nr + " "
                            + (dossier.getInburgeringstermijnStart() == null ? "nog niet bekend" : dossier.getInburgeringstermijnStart())
                            + ". Stem met de casemanager af welke datum juist is: is die van DUO juist, laat de casemanager "
                            + "de termijn in het dossier corrigeren; is die van ons juist, vraag DUO om herstel. Handel deze taak daarna af.");
                }
                return verwerkt("SS102: termijnstart " + start + " gelijk aan dossier " + nr + ".");
            }
            case "SS103", "SS104", "SS130" -> {
                Inburgeringstermijn t = duo.termijn().orElse(null);
                if (t == null) {
                    return beoordelen(ev + ": DUO gaf geen inburgeringstermijn voor dossier " + nr + ".");
                }
                LocalDate einde = alsDatum(t.getEinddatum());
                LocalDate besluit = datum(t.getWijzigingsdatum(), dag);
                if (einde.equals(dossier.getInburgeringstermijnEinde())) {
                    return verwerkt(ev + ": termijneinde " + einde + " al bekend in " + nr + ".");
                }
                GebeurtenisType type = "SS104".equals(ev) ? GebeurtenisType.VERLENGING_OP_AANVRAAG : GebeurtenisType.VERLENGING_AMBTSHALVE;
                dossierService.registreer(dossier, type, besluit, ev, null, einde, DOOR);
                return verwerkt(ev + " → " + type + " tot " + einde + " op " + nr);
            }
            case "SS112" -> {
                registreer(dossier, GebeurtenisType.VERLENGING_AANGEVRAAGD, dag, ev);
                return verwerkt("SS112 → VERLENGING_AANGEVRAAGD op " + nr);
            }
            case "SS113" -> {
                registreer(dossier, GebeurtenisType.VERLENGING_AFGEWEZEN, dag, ev);
                return verwerkt("SS113 → VERLENGING_AFGEWEZEN op " + nr);
            }
            default -> {
                return new Uitkomst(Status.GENEGEERD, "Gebeurtenis " + ev + " vraagt geen actie in de regie.");
            }
        }
    }

    /** DUO's scores are text: a whole number, else none. */
    private static Integer score(String duoScore) {
        return duoScore != null && duoScore.strip().matches("\\d{1,6}") ? Integer.valueOf(duoScore.strip()) : null;
    }

    /** DUO's exam results as EXAMENRESULTAAT_DUO, one event per exam date; returns the number of dates. */
    private int examenresultaten(Dossier dossier, DuoLezer.Lezing duo) {
        Map<LocalDate, String> perDag = new TreeMap<>();
        for (Examenresultaat r : duo.examenresultaten()) {
            if (r.getResultaat() == null || r.getResultaat() == ExamenresultaatWI2021.GEEN || r.getOnderdeel() == null) {
                continue;
            }
            String code = ONDERDELEN.get(r.getOnderdeel().getValue()) + ":"
                    + (r.getResultaat() == ExamenresultaatWI2021.GESLAAGD ? "GEHAALD" : "NIET_GEHAALD");
            perDag.merge(alsDatum(r.getExamendatum()), code, (a, b) -> a + ";" + b);
        }
        perDag.forEach((dag, code) -> registreer(dossier, GebeurtenisType.EXAMENRESULTAAT_DUO, dag,
                java.util.Arrays.stream(code.split(";")).distinct().collect(Collectors.joining(";"))));
        return perDag.size();
    }

    private Uitkomst beeindig(Dossier dossier, Inburgeringsplicht plicht, LocalDate dag, Beeindigingsreden reden, String ev) {
        LocalDate datum = plicht == null ? dag : datum(plicht.getEinddatum(), dag);
        if (datum.isAfter(Tijd.vandaag())) {
            datum = Tijd.vandaag();
        }
        dossierService.registreer(dossier, GebeurtenisType.BEEINDIGD, datum, ev, reden, null, DOOR);
        return verwerkt(ev + " → BEEINDIGD " + reden + " op " + dossier.getDossiernummer());
    }

    private void registreer(Dossier dossier, GebeurtenisType type, LocalDate datum, String toelichting) {
        dossierService.registreer(dossier, type, datum.isAfter(Tijd.vandaag()) ? Tijd.vandaag() : datum, toelichting, DOOR);
    }

    private static LocalDate datum(Object duoDatum, LocalDate anders) {
        return duoDatum == null || duoDatum.toString().isBlank() ? anders : alsDatum(duoDatum);
    }

    /** DUO's dates: a LocalDate where the spec says {@code format: date}, else a string starting with the date. */
    static LocalDate alsDatum(Object duoDatum) {
        return duoDatum instanceof LocalDate d ? d : LocalDate.parse(duoDatum.toString().substring(0, 10));
    }

    private static Uitkomst verwerkt(String resultaat) {
        return new Uitkomst(Status.VERWERKT, resultaat);
    }

    private static Uitkomst beoordelen(String resultaat) {
        return new Uitkomst(Status.BEOORDELEN, resultaat);
    }
}
