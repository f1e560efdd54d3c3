package nl.regie.inburgering.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.ontheffing.OntheffingAdviezen;
import nl.regie.inburgering.termijn.InburgeringstermijnService;
import nl.regie.inburgering.termijn.PipTermijnService;
import nl.regie.inburgering.verhuizing.VorigePip;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.OngeldigVerzoekException;
import nl.regie.inburgering.web.Validatie;

/**
 * Opens dossiers and applies events to them. A dossier, its main process and the audit row of its opening
 * ({@code dossier_inzage} {@code GEOPEND}) are written in one transaction: on any error nothing is written. Opening is
 * idempotent per person and gemeente, also under concurrent requests.
 */
@Service
public class DossierService {

    public static final String PROCES_INBURGERING = "inburgering";
    /** The aanleiding of the PIP change a doelgroep change asks for. */
    public static final String AANLEIDING_DOELGROEP = "DOELGROEP_GEWIJZIGD";
    private static final int MAX_POGINGEN = 10;
    private static final Logger LOG = LoggerFactory.getLogger(DossierService.class);
    private static final Set<String> LANDCODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream()
            .collect(Collectors.toUnmodifiableSet());

    /** The audit row of an opening, written with the dossier in its transaction, whoever opens it. */
    public static final String AUDIT_GEOPEND = "GEOPEND";
    /** The audit row of a request that found the dossier already opened (it was shown the existing one). */
    public static final String AUDIT_OPNIEUW_AANGEBODEN = "OPNIEUW_AANGEBODEN";
    /** The audit row of an event sent through our API, followed by a space and the {@link GebeurtenisType}. */
    public static final String AUDIT_GEBEURTENIS = "GEBEURTENIS";

    /** The result of opening: the dossier, and whether this request created it. */
    public record Geopend(Dossier dossier, boolean nieuw) {
    }

    private final DossierRepository dossiers;
    private final PersoonRepository personen;
    private final GebeurtenisRepository gebeurtenissen;
    private final Gemeenten gemeenten;
    private final PipTermijnService pipTermijn;
    private final TrajectenStarter trajecten;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transactie;
    private final ApplicationEventPublisher dossierEvents;
    private final InburgeringstermijnService inburgeringstermijn;
    private final OntheffingAdviezen ontheffingAdviezen;
    private final InzageRepository inzagelog;

    public DossierService(DossierRepository dossiers, PersoonRepository personen, GebeurtenisRepository gebeurtenissen,
                          Gemeenten gemeenten, PipTermijnService pipTermijn, TrajectenStarter trajecten,
                          RuntimeService runtimeService, PlatformTransactionManager transactionManager,
                          ApplicationEventPublisher dossierEvents,
                          InburgeringstermijnService inburgeringstermijn, OntheffingAdviezen ontheffingAdviezen,
                          InzageRepository inzagelog) {
        this.inzagelog = inzagelog;
        this.dossierEvents = dossierEvents;
        this.inburgeringstermijn = inburgeringstermijn;
        this.ontheffingAdviezen = ontheffingAdviezen;
        this.dossiers = dossiers;
        this.personen = personen;
        this.gebeurtenissen = gebeurtenissen;
        this.gemeenten = gemeenten;
        this.pipTermijn = pipTermijn;
        this.trajecten = trajecten;
        this.runtimeService = runtimeService;
        this.transactie = new TransactionTemplate(transactionManager);
    }

    /** Checks every field of the request; throws naming all invalid ones. Returns the gemeente it is for. */
    public Gemeente valideer(DossierOpenenVerzoek verzoek) {
        Validatie v = new Validatie();
        v.verplicht("bsn", verzoek.bsn());
        if (!v.heeftFout("bsn") && !Bsn.isGeldig(verzoek.bsn())) {
            v.fout("bsn", "is geen geldig burgerservicenummer (9 cijfers, elfproef)");
        }
        v.naam("voornamen", verzoek.voornamen(), 200).naam("achternaam", verzoek.achternaam(), 200);
        v.verplicht("geboortedatum", verzoek.geboortedatum()).datumInHetVerleden("geboortedatum", verzoek.geboortedatum());
        v.verplicht("nationaliteit", verzoek.nationaliteit());
        if (verzoek.nationaliteit() != null && !LANDCODES.contains(verzoek.nationaliteit())) {
            v.fout("nationaliteit", "is geen landcode volgens ISO 3166-1 alpha-3 (bijvoorbeeld SYR, ERI, TUR)");
        }
        v.verplicht("doelgroep", verzoek.doelgroep());
        if (verzoek.doelgroep() != null && Arrays.stream(Doelgroep.values()).noneMatch(d -> d.name().equals(verzoek.doelgroep()))) {
            v.fout("doelgroep", "moet een van " + Arrays.toString(Doelgroep.values()) + " zijn");
        }
        v.verplicht("gemeente", verzoek.gemeente());
        Optional<Gemeente> gemeente = gemeenten.metCbsCode(verzoek.gemeente());
        if (verzoek.gemeente() != null && gemeente.isEmpty()) {
            v.fout("gemeente", "is geen gemeente die deze installatie bedient (CBS-code, bijvoorbeeld 0441)");
        }
        v.verplicht("koppelingsdatum", verzoek.koppelingsdatum()).datumInHetVerleden("koppelingsdatum", verzoek.koppelingsdatum());
        v.verplicht("bijstand", verzoek.bijstand());
        v.datumInHetVerleden("brpInschrijvingsdatum", verzoek.brpInschrijvingsdatum());
        valideerVerwachteHuisvesting(v, verzoek.verwachteHuisvestingsdatum());
        if (verzoek.geboortedatum() != null && verzoek.koppelingsdatum() != null
                && verzoek.koppelingsdatum().isBefore(verzoek.geboortedatum())) {
            v.fout("koppelingsdatum", "ligt voor de geboortedatum");
        }
        VorigePip.valideer(v, verzoek.vorigePip(), verzoek.gemeente(), gemeenten);
        nl.regie.inburgering.verhuizing.VerhuisdZonderPip.valideer(v, verzoek.verhuisdZonderPip(), verzoek.gemeente(),
                verzoek.brpInschrijvingsdatum(), verzoek.vorigePip() != null, gemeenten);
        v.controleer();
        return gemeente.orElseThrow();
    }

    /** COA's expected housing date: not before 1900, may lie ahead but at most a year. */
    static void valideerVerwachteHuisvesting(Validatie v, LocalDate datum) {
        if (datum != null && datum.isBefore(Validatie.VROEGSTE_DATUM)) {
            v.fout("verwachteHuisvestingsdatum", "ligt voor 1900");
        } else if (datum != null && datum.isAfter(Tijd.vandaag().plusYears(1))) {
            v.fout("verwachteHuisvestingsdatum", "ligt meer dan een jaar in de toekomst");
        }
    }

    public Optional<Dossier> bestaand(String bsn, Gemeente gemeente) {
        return dossiers.findFirstByPersoonBsnAndGemeenteOrderByVolgnummerDesc(bsn, gemeente.tenantId());
    }

    /**
     * Opens the dossier, or returns the one that already exists for this person and gemeente. A BSN we already know
     * (from any gemeente) never reveals what is stored for it: the submitted identity (names, birth date,
     * nationality) must match the stored one, or the answer is 409 without personal data. When it matches, the
     * person may get a dossier in this gemeente only while no other gemeente's dossier for them is still running
     * (a person who moved gets a new dossier once the old gemeente recorded {@code BEEINDIGD}); otherwise 409.
     * Every caller's opening is in the audit trail under {@code door}: {@code GEOPEND} in the dossier's own transaction
     * (a crash never leaves a dossier without it), or {@code OPNIEUW_AANGEBODEN} when the dossier already existed.
     */
    public Geopend open(DossierOpenenVerzoek verzoek, Gemeente gemeente, String door) {
        for (int poging = 1; ; poging++) {
            controleerIdentiteit(verzoek, gemeente);
            Optional<Dossier> bestaand = bestaand(verzoek.bsn(), gemeente);
            if (bestaand.isPresent()) {
                inzagelog.save(new Inzage(bestaand.get().getId(), door, AUDIT_OPNIEUW_AANGEBODEN, Instant.now()));
                return new Geopend(bestaand.get(), false);
            }
            try {
                return new Geopend(transactie.execute(status -> maakAan(verzoek, gemeente, door)), true);
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException gelijktijdig) {
                // Another request is opening the same dossier (or person): the unique keys refused ours. Once that
                // request has committed, the next round finds its dossier.
                if (poging == MAX_POGINGEN) {
                    throw gelijktijdig;
                }
                wacht(poging * 50L);
            }
        }
    }

    static final String IDENTITEIT_WIJKT_AF = "De opgegeven persoonsgegevens (voornamen, achternaam, geboortedatum, "
            + "nationaliteit) komen niet overeen met de gegevens die bij dit burgerservicenummer bekend zijn. "
            + "Controleer de gegevens; er is niets vastgelegd.";
    static final String LOPEND_ELDERS = "Voor deze persoon loopt een dossier bij een andere gemeente. Een nieuw dossier "
            + "kan pas worden geopend als die gemeente het dossier heeft beëindigd (bijvoorbeeld bij verhuizing).";

    /** Refuses (409, no personal data) a known BSN with another identity, or one with a running dossier elsewhere. */
    private void controleerIdentiteit(DossierOpenenVerzoek verzoek, Gemeente gemeente) {
        Optional<Persoon> bekend = personen.findByBsn(verzoek.bsn());
        if (bekend.isEmpty()) {
            return;
        }
        if (!zelfdeIdentiteit(bekend.get(), verzoek)) {
            LOG.warn("Dossier openen geweigerd: persoonsgegevens wijken af van de bekende persoon {} (verzoek voor {})",
                    bekend.get(), gemeente.tenantId());
            throw new ConflictException(IDENTITEIT_WIJKT_AF);
        }
        boolean lopendElders = dossiers.findByPersoonId(bekend.get().getId()).stream()
                .anyMatch(d -> !d.getGemeente().equals(gemeente.tenantId()) && d.isLopend());
        if (lopendElders) {
            throw new ConflictException(LOPEND_ELDERS);
        }
    }

    /** Names compare trimmed, with collapsed white space, Unicode-normalised and case-insensitive. */
    static boolean zelfdeIdentiteit(Persoon persoon, DossierOpenenVerzoek verzoek) {
        return naam(persoon.getVoornamen()).equals(naam(verzoek.voornamen()))
                && naam(persoon.getAchternaam()).equals(naam(verzoek.achternaam()))
                && persoon.getGeboortedatum().equals(verzoek.geboortedatum())
                && persoon.getNationaliteit().equals(verzoek.nationaliteit());
    }

    private static String naam(String naam) {
        return naam == null ? "" : java.text.Normalizer.normalize(naam.strip().replaceAll("\\s+", " "),
                java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static void wacht(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Dossier maakAan(DossierOpenenVerzoek verzoek, Gemeente gemeente, String door) {
        Persoon persoon = personen.findByBsn(verzoek.bsn()).orElseGet(() -> personen.saveAndFlush(new Persoon(
                verzoek.bsn(), verzoek.voornamen().trim(), verzoek.achternaam().trim(), verzoek.geboortedatum(),
                verzoek.nationaliteit())));
        if (!zelfdeIdentiteit(persoon, verzoek)) { // a concurrent request stored the person in the meantime
            throw new ConflictException(IDENTITEIT_WIJKT_AF);
        }
        String nummer = "INB-%d-%06d".formatted(Tijd.vandaag().getYear(), dossiers.volgendDossiernummer());
        Instant nu = Instant.now();
        Dossier dossier = new Dossier(nummer, persoon, gemeente.tenantId(), Doelgroep.valueOf(verzoek.doelgroep()),
                verzoek.koppelingsdatum(), verzoek.bijstand(), verzoek.brpInschrijvingsdatum(), door, nu);
        dossier.verwachtGehuisvest(verzoek.verwachteHuisvestingsdatum());
        if (verzoek.verhuisdZonderPip() != null) { // SS120: the ten weeks from the registration here, every doelgroep
            dossier.verhuisdZonderPip(verzoek.verhuisdZonderPip().inschrijvingsdatum());
        }
        dossiers.saveAndFlush(dossier);
        if (verzoek.vorigePip() != null) { // SS121: the PIP and term are taken over before the route starts
            dossierEvents.publishEvent(new VorigePip.Overnemen(dossier, verzoek.vorigePip(), door));
        }
        startHoofdproces(dossier);
        inzagelog.saveAndFlush(new Inzage(dossier.getId(), door, AUDIT_GEOPEND, nu));
        LOG.info("Dossier {} geopend voor gemeente {} door {}", nummer, gemeente.tenantId(), door);
        return dossier;
    }

    /** Starts the main process of a new dossier (also a follow-up dossier after a move or a reopening). */
    public void startHoofdproces(Dossier dossier) {
        Map<String, Object> variabelen = new HashMap<>(pipTermijn.beginVariabelen(dossier));
        variabelen.put(ProcesVariabelen.DOSSIERNUMMER, dossier.getDossiernummer());
        variabelen.put(ProcesVariabelen.GEMEENTE, dossier.getGemeente());
        variabelen.put(ProcesVariabelen.DOELGROEP, dossier.getDoelgroep().name());
        variabelen.put(ProcesVariabelen.NATIONALITEIT, dossier.getPersoon().getNationaliteit());
        variabelen.put(ProcesVariabelen.LEEFTIJD,
                Period.between(dossier.getPersoon().getGeboortedatum(), Tijd.vandaag()).getYears());
        runtimeService.createProcessInstanceByKey(PROCES_INBURGERING)
                .businessKey(dossier.getDossiernummer())
                .processDefinitionWithoutTenantId()
                .setVariables(variabelen)
                .execute();
        // MB and ontzorgen start in the main process's own step after the plicht decision (a job: a failure is an
        // incident in Cockpit, never a failed opening)
    }

    /** An event without a coded reason or new end date (BEEINDIGD needs {@code reden}: see the other overload). */
    public boolean registreer(Dossier dossier, GebeurtenisType type, LocalDate datum, String toelichting, String door) {
        return registreer(dossier, type, datum, toelichting, null, null, door);
    }

    /**
     * Records an event on the dossier and lets the route react. The same event twice is recorded once.
     * {@code reden}: required with BEEINDIGD (every ending is coded). {@code einddatum}: required with
     * VERLENGING_AMBTSHALVE / VERLENGING_OP_AANVRAAG, the new exclusive end of the inburgeringstermijn.
     */
    public boolean registreer(Dossier dossier, GebeurtenisType type, LocalDate datum, String toelichting,
                              Beeindigingsreden reden, LocalDate einddatum, String door) {
        return registreer(dossier, type, datum, toelichting, reden, einddatum, door, false);
    }

    /**
     * As {@link #registreer(Dossier, GebeurtenisType, LocalDate, String, Beeindigingsreden, LocalDate, String)}, for
     * an event sent through our API ({@code POST /api/dossiers/{nr}/gebeurtenissen}): the request's audit row
     * {@code GEBEURTENIS <type>} under {@code door} is written in the event's transaction — also when the event had
     * been recorded before (the answer is then 200), never when the request fails (nothing of it remains).
     */
    public boolean registreerMetAuditregel(Dossier dossier, GebeurtenisType type, LocalDate datum, String toelichting,
                                           Beeindigingsreden reden, LocalDate einddatum, String door) {
        return registreer(dossier, type, datum, toelichting, reden, einddatum, door, true);
    }

    private boolean registreer(Dossier dossier, GebeurtenisType type, LocalDate datum, String toelichting,
                               Beeindigingsreden reden, LocalDate einddatum, String door, boolean auditregel) {
        return Boolean.TRUE.equals(transactie.execute(status -> {
            boolean vastgelegd = verwerk(dossier, type, datum, toelichting, reden, einddatum, door);
            if (auditregel) { // last, in the same transaction: the event and its audit row remain together or not at all
                inzagelog.saveAndFlush(new Inzage(dossier.getId(), door, AUDIT_GEBEURTENIS + " " + type.name(), Instant.now()));
            }
            return vastgelegd;
        }));
    }

    /** The body of {@link #registreer}: in the caller's transaction; true when the event was recorded now. */
    private boolean verwerk(Dossier dossier, GebeurtenisType type, LocalDate datum, String toelichting,
                            Beeindigingsreden reden, LocalDate einddatum, String door) {
        Dossier actueel = dossiers.findById(dossier.getId()).orElseThrow();
        // DUO's fines of several onderdelen can share a date: for those the code tells one event from another
        String kenmerk = type == GebeurtenisType.BOETE_DUO && toelichting != null ? toelichting.strip() : "";
        Doelgroep naar = null;
        if (type == GebeurtenisType.DOELGROEP_GEWIJZIGD) { // the toelichting is the new doelgroep (400 otherwise)
            naar = nieuweDoelgroep(toelichting);
            kenmerk = naar.name();
            if (actueel.isLopend() && actueel.getDoelgroep() == naar) {
                return false; // no change: nothing to record or review
            }
        }
        if (gebeurtenissen.findByDossierIdAndTypeAndDatumAndKenmerk(actueel.getId(), type, datum, kenmerk).isPresent()) {
            return false;
        }
        switch (type) {
            case KENNISGEVING_DUO -> actueel.registreerKennisgevingDuo(datum);
            case BRP_INSCHRIJVING -> actueel.registreerBrpInschrijving(datum);
            case START_BIJSTAND -> actueel.registreerStartBijstand(datum);
            case HUISVESTING -> actueel.registreerHuisvesting(datum);
            case INBURGERINGSPLICHT_DUO -> {
                // recorded only: DUO's plicht notice (SS101/SS128) starts no clock
            }
            case WACHTEN_OP_DERDE -> {
                // Bi 5.3: only a wait begun while the ten weeks ran can excuse an overrun
                if (actueel.getPipUiterlijkeDatum() != null && datum.isAfter(actueel.getPipUiterlijkeDatum())) {
                    throw OngeldigVerzoekException.veld("datum", "ligt na de uiterlijke datum van de PIP-termijn ("
                            + actueel.getPipUiterlijkeDatum() + "): wachten op een derde kan de verstreken termijn"
                            + " niet meer opschorten (Bi art. 5.3)");
                }
                actueel.schortPipTermijnOp(datum);
            }
            case EXAMENRESULTAAT_DUO -> // the leerroute capability checks the code (400 on toelichting) and stores it
                    dossierEvents.publishEvent(new ExamenresultaatDuoOntvangen(actueel.getId(), datum, toelichting));
            case BOETE_DUO -> // handhaving checks the code (400 on toelichting); recorded as DUO's fact, not ours
                    dossierEvents.publishEvent(new BoeteDuoOntvangen(actueel.getId(), datum, kenmerk));
            case BEEINDIGD -> {
                if (reden == null) {
                    throw OngeldigVerzoekException.veld("reden", "is verplicht bij BEEINDIGD: een van "
                            + Arrays.toString(Beeindigingsreden.values()));
                }
            }
            case VERLENGING_AANGEVRAAGD, VERLENGING_AMBTSHALVE, VERLENGING_OP_AANVRAAG, VERLENGING_AFGEWEZEN -> {
                if (actueel.isLopend()) {
                    inburgeringstermijn.verwerk(actueel, type, datum, einddatum);
                }
            }
            case ONTHEFFING_ADVIES_GEVRAAGD -> {
                if (actueel.isLopend()) {
                    ontheffingAdviezen.gevraagd(actueel, datum);
                }
            }
            case DOELGROEP_GEWIJZIGD -> {
                if (actueel.isLopend()) {
                    wijzigDoelgroep(actueel, naar, door);
                }
            }
            case INFORMATIE_DERDE_ONTVANGEN -> {
                if (actueel.getOpschortingSinds() == null || datum.isBefore(actueel.getOpschortingSinds())) {
                    throw new ConflictException(
                            "INFORMATIE_DERDE_ONTVANGEN vereist een eerdere WACHTEN_OP_DERDE op of voor de opgegeven datum.");
                }
                actueel.informatieDerdeOntvangen(datum, actueel.getPipUiterlijkeDatum());
            }
        }
        if (!actueel.isLopend()) {
            throw new ConflictException("Het dossier is afgesloten; er worden geen gebeurtenissen meer verwerkt.");
        }
        gebeurtenissen.saveAndFlush(new Gebeurtenis(actueel.getId(), type, datum, naar != null ? naar.name() : toelichting,
                type == GebeurtenisType.BEEINDIGD ? reden : null, type.verlengtTermijn() ? einddatum : null, door, Instant.now())
                .metKenmerk(kenmerk));
        if (type == GebeurtenisType.BEEINDIGD) {
            trajecten.beeindig(actueel, datum, reden, toelichting);
            return true;
        }
        if (actueel.getInburgeringstermijnStart() == null) {
            pipTermijn.herbereken(actueel);
        }
        trajecten.startWatKan(actueel);
        return true;
    }

    /** The toelichting of DOELGROEP_GEWIJZIGD: exactly one of the doelgroepen, else 400 naming the field. */
    static Doelgroep nieuweDoelgroep(String toelichting) {
        String code = toelichting == null ? "" : toelichting.strip();
        return Arrays.stream(Doelgroep.values()).filter(d -> d.name().equals(code)).findFirst()
                .orElseThrow(() -> OngeldigVerzoekException.veld("toelichting", "moet bij DOELGROEP_GEWIJZIGD de nieuwe "
                        + "doelgroep zijn: een van " + Arrays.toString(Doelgroep.values())));
    }

    /**
     * The doelgroep changes on our table and in the main process's routing variable (the PIP check and the plicht
     * decision read it); the casemanager gets a PIP change to review the PIP and the tracks that depend on the
     * doelgroep (MB and ontzorgen: only for statushouders). Running tracks are not stopped here: stopping the
     * withholding of rent or the begeleiding is the casemanager's decision in that review.
     */
    private void wijzigDoelgroep(Dossier dossier, Doelgroep naar, String door) {
        Doelgroep van = dossier.getDoelgroep();
        dossier.wijzigDoelgroep(naar);
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCES_INBURGERING)
                .processInstanceBusinessKey(dossier.getDossiernummer()).list()
                .forEach(p -> runtimeService.setVariable(p.getId(), ProcesVariabelen.DOELGROEP, naar.name()));
        dossierEvents.publishEvent(new PipWijzigingGevraagd(dossier.getDossiernummer(), AANLEIDING_DOELGROEP, door));
        LOG.info("Dossier {}: doelgroep {} -> {} door {}", dossier.getDossiernummer(), van, naar, door);
    }
}
