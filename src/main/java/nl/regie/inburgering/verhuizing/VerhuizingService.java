package nl.regie.inburgering.verhuizing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.inburgering.dossier.Beeindigingsreden;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.DossierService;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.pip.PipVersieRepository;
import nl.regie.inburgering.web.ConflictException;

/**
 * Moving between gemeenten and reopening (issue 9, item 5; DUO SS120, SS121, SS129, SS130).
 * <ul>
 * <li>Moving in with the PIP of a gemeente not on this installation: the new dossier takes over PIP, leerroute and
 * term ({@link #overnemen}).</li>
 * <li>Moving out: the dossier ends with reason {@code VERHUISD} (partners told as at every ending); a gemeente on this
 * installation gets a follow-up dossier of its own (own tenant, own number, linked) with the facts as its start.</li>
 * <li>Reopening a closed dossier: a follow-up dossier in the same gemeente.</li>
 * </ul>
 * A follow-up carries the person, doelgroep, koppeling and the fixed PIP versions; with a PIP that still applies it
 * takes the taken-over path (confirmation task, then the tracks with the same route and term), without one it starts
 * afresh (after a move: ten weeks from the registration in the new gemeente). Each is one transaction and idempotent.
 * <p>
 * The audit trail ({@code dossier_inzage}) is written here, in that transaction, for every caller: the old dossier's
 * {@code VERHUIZING naar <cbs>} or {@code HEROPENING <reden>}, and the follow-up dossier's {@code GEOPEND}, all under
 * {@code door}; a crash never leaves the change without its rows, a failing row leaves no change. A repeat that
 * records nothing new writes no row.
 */
@Service
public class VerhuizingService {

    private static final Logger LOG = LoggerFactory.getLogger(VerhuizingService.class);

    /** The audit row of a move on the old dossier, followed by {@code " naar "} and the new gemeente's CBS code. */
    public static final String AUDIT_VERHUIZING = "VERHUIZING";
    /** The audit row of a reopening on the old dossier, followed by a space and the {@link Heropeningsreden}. */
    public static final String AUDIT_HEROPENING = "HEROPENING";

    /** The dossiers before and after; {@code nieuw} is null when the new gemeente is not on this installation. */
    public record Overgang(Dossier oud, Dossier nieuw, boolean vastgelegd) {
    }

    private final DossierRepository dossiers;
    private final DossierService dossierService;
    private final PipVersieRepository pipVersies;
    private final PipOvernameRepository overnames;
    private final DossierOvergangRepository overgangen;
    private final Gemeenten gemeenten;
    private final TransactionTemplate transactie;
    private final InzageRepository inzagelog;

    public VerhuizingService(DossierRepository dossiers, DossierService dossierService, PipVersieRepository pipVersies,
                             PipOvernameRepository overnames, DossierOvergangRepository overgangen, Gemeenten gemeenten,
                             PlatformTransactionManager transactionManager, InzageRepository inzagelog) {
        this.inzagelog = inzagelog;
        this.dossiers = dossiers;
        this.dossierService = dossierService;
        this.pipVersies = pipVersies;
        this.overnames = overnames;
        this.overgangen = overgangen;
        this.gemeenten = gemeenten;
        this.transactie = new TransactionTemplate(transactionManager);
    }

    /**
     * SS121 from a gemeente not on this installation: published while the dossier is opened, before its route starts
     * (same transaction). The PIP becomes version 1 of the new dossier, fixed on the previous gemeente's dagtekening.
     */
    @EventListener
    public void overnemen(VorigePip.Overnemen verzoek) {
        Dossier dossier = verzoek.dossier();
        VorigePip pip = verzoek.pip();
        Leerroute route = Leerroute.valueOf(pip.leerroute());
        String afspraken = "Volgens het PIP van de vorige gemeente (CBS " + pip.vorigeGemeente()
                + "), overgenomen bij de vestiging (DUO SS121)";
        PipVersie versie = new PipVersie(dossier.getId(), 1);
        versie.concept(route, null, null, afspraken, route == Leerroute.ONDERWIJS ? null : afspraken, null, false,
                STANDAARD_VOORTGANGSGESPREKKEN, null, verzoek.door(), Instant.now());
        versie.vastgesteld(pip.dagtekening(), "gemeente " + pip.vorigeGemeente(), Instant.now());
        pipVersies.save(versie);
        overnames.save(new PipOvername(dossier.getId(), PipOvername.Bron.DUO_SS121, pip.vorigeGemeente(), null, route,
                pip.dagtekening(), pip.termijnStart(), pip.termijnEinde(), verzoek.door(), Instant.now()));
        dossier.pipVastgesteld(pip.termijnStart(), pip.termijnEinde());
    }

    /** Every three months over three years, as the PIP form proposes; the casemanager changes it with a PIP change. */
    static final int STANDAARD_VOORTGANGSGESPREKKEN = 12;

    /**
     * Moves the dossier out to the gemeente with CBS code {@code naar} on {@code datum}. The same move again answers
     * the same result; another move or a reopening after it is refused (409), as is a move of a closed dossier.
     * Audit, in the move's transaction: {@code VERHUIZING naar <naar>} on the old dossier, {@code GEOPEND} on the
     * follow-up dossier when there is one; the same move again writes none.
     */
    public Overgang verhuis(Dossier dossier, String naar, LocalDate datum, String door) {
        return eenmaal(() -> transactie.execute(status -> {
            Dossier oud = dossiers.findById(dossier.getId()).orElseThrow();
            Optional<DossierOvergang> eerder = overgangen.findByDossierId(oud.getId());
            if (eerder.isPresent()) {
                DossierOvergang o = eerder.get();
                if (o.getSoort() == DossierOvergang.Soort.VERHUIZING && naar.equals(o.getNaarGemeente())
                        && datum.equals(o.getDatum())) {
                    return new Overgang(oud, nieuw(o), false);
                }
                throw new ConflictException("Voor dit dossier is al een andere verhuizing of heropening vastgelegd.");
            }
            if (!oud.isLopend()) {
                throw new ConflictException("Het dossier is afgesloten; een verhuizing kan niet meer worden vastgelegd.");
            }
            Optional<Gemeente> nieuweGemeente = gemeenten.metCbsCode(naar);
            DossierOvergang overgang = overgangen.saveAndFlush(new DossierOvergang(oud.getId(),
                    DossierOvergang.Soort.VERHUIZING, Beeindigingsreden.VERHUISD.name(), naar, datum, door, Instant.now()));
            String naam = nieuweGemeente.map(Gemeente::naam).orElse("gemeente " + naar);
            // the ending path every coded end takes: tracks closed, partners told, closing date set
            dossierService.registreer(oud, GebeurtenisType.BEEINDIGD, datum,
                    "Naar " + naam, Beeindigingsreden.VERHUISD, null, door);
            Dossier nieuw = null;
            if (nieuweGemeente.isPresent()) {
                nieuw = vervolg(oud, nieuweGemeente.get(), datum, datum, true, PipOvername.Bron.VERHUIZING, door);
                overgang.nieuwDossier(nieuw.getId());
            }
            inzagelog.saveAndFlush(new Inzage(oud.getId(), door, AUDIT_VERHUIZING + " naar " + naar, Instant.now()));
            LOG.info("Dossier {} verhuisd naar {}; vervolgdossier {}", oud, naar, nieuw);
            return new Overgang(oud, nieuw, true);
        }));
    }

    /**
     * Reopens a closed dossier: a new dossier for the same person in the same gemeente, linked to the old one. The
     * PIP and term carry over when they still apply (SS130, or a return within the term); otherwise a fresh start.
     * Refused (409) while the dossier runs. The same reopening again answers the same new dossier. Audit, in the
     * reopening's transaction: {@code HEROPENING <reden>} on the old dossier, {@code GEOPEND} on the new one; the same
     * reopening again writes none.
     */
    public Overgang heropen(Dossier dossier, Heropeningsreden reden, LocalDate datum, String door) {
        return eenmaal(() -> transactie.execute(status -> {
            Dossier oud = dossiers.findById(dossier.getId()).orElseThrow();
            if (oud.isLopend()) {
                throw new ConflictException("Het dossier loopt nog; alleen een afgesloten dossier kan worden heropend.");
            }
            Optional<DossierOvergang> eerder = overgangen.findByDossierId(oud.getId());
            if (eerder.isPresent()) {
                DossierOvergang o = eerder.get();
                if (o.getSoort() == DossierOvergang.Soort.HEROPENING && reden.name().equals(o.getReden())
                        && datum.equals(o.getDatum())) {
                    return new Overgang(oud, nieuw(o), false);
                }
                throw new ConflictException("Dit dossier is al heropend of verhuisd; heropen het vervolgdossier.");
            }
            DossierOvergang overgang = overgangen.saveAndFlush(new DossierOvergang(oud.getId(),
                    DossierOvergang.Soort.HEROPENING, reden.name(), null, datum, door, Instant.now()));
            boolean pipGeldt = reden != Heropeningsreden.VRIJSTELLING_INGETROKKEN_ZONDER_PIP
                    && oud.getInburgeringstermijnEinde() != null && oud.getInburgeringstermijnEinde().isAfter(datum);
            Dossier nieuw = vervolg(oud, gemeenten.metTenantId(oud.getGemeente()), oud.getBrpInschrijvingsdatum(), datum,
                    pipGeldt, PipOvername.Bron.HEROPENING, door);
            if (nieuw.getInburgeringstermijnStart() == null) {
                // a fresh start: DUO's notice that the plicht resumes (SS129) or the return starts the ten weeks
                nieuw.registreerKennisgevingDuo(datum);
            }
            overgang.nieuwDossier(nieuw.getId());
            dossierService.startHoofdproces(nieuw);
            inzagelog.saveAndFlush(new Inzage(oud.getId(), door, AUDIT_HEROPENING + " " + reden.name(), Instant.now()));
            LOG.info("Dossier {} heropend als {}", oud, nieuw);
            return new Overgang(oud, nieuw, true);
        }));
    }

    /**
     * The same move or reopening sent twice at once: the unique key on {@code dossier_overgang} (or the dossier's
     * version) refuses the second transaction; once the first has committed, the next round answers its result.
     */
    private static Overgang eenmaal(java.util.function.Supplier<Overgang> overgang) {
        for (int poging = 1; ; poging++) {
            try {
                return overgang.get();
            } catch (org.springframework.dao.DataIntegrityViolationException
                     | org.springframework.dao.OptimisticLockingFailureException
                     | org.camunda.bpm.engine.OptimisticLockingException gelijktijdig) {
                if (poging == 5) {
                    throw gelijktijdig;
                }
                try {
                    Thread.sleep(poging * 50L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private Dossier nieuw(DossierOvergang overgang) {
        return overgang.getNieuwDossierId() == null ? null : dossiers.findById(overgang.getNieuwDossierId()).orElseThrow();
    }

    /**
     * The follow-up dossier in {@code gemeente}: the person, doelgroep and koppeling of the old dossier; with a fixed
     * PIP (and {@code pipMee}) its fixed versions, leerroute and term, taken over; otherwise none. After a move the
     * main process starts at once; a reopening starts it itself once the clock's facts are set. Its audit row
     * {@code GEOPEND} (as {@link DossierService#open} writes for a dossier it opens) is written here, under
     * {@code door}, in the caller's transaction.
     */
    private Dossier vervolg(Dossier oud, Gemeente gemeente, LocalDate brpInschrijving, LocalDate datum, boolean pipMee,
                            PipOvername.Bron bron, String door) {
        int volgnummer = dossiers.findByPersoonId(oud.getPersoon().getId()).stream()
                .filter(d -> d.getGemeente().equals(gemeente.tenantId()))
                .mapToInt(Dossier::getVolgnummer).max().orElse(-1) + 1;
        String nummer = "INB-%d-%06d".formatted(Tijd.vandaag().getYear(), dossiers.volgendDossiernummer());
        Dossier nieuw = new Dossier(nummer, oud.getPersoon(), gemeente.tenantId(), oud.getDoelgroep(),
                oud.getKoppelingsdatum(), false, brpInschrijving, door, Instant.now());
        nieuw.volgtOp(oud, volgnummer);
        dossiers.saveAndFlush(nieuw);
        List<PipVersie> vastgesteld = pipVersies.findByDossierIdOrderByVersie(oud.getId()).stream()
                .filter(v -> v.getStatus() == PipVersie.Status.VASTGESTELD).toList();
        if (pipMee && !vastgesteld.isEmpty() && oud.getInburgeringstermijnStart() != null) {
            for (PipVersie v : vastgesteld) {
                // every field (DUO's, the interval, the reasons): the copy is the version as the old gemeente fixed it
                pipVersies.save(v.kopieVoor(nieuw.getId()));
            }
            PipVersie laatste = vastgesteld.get(vastgesteld.size() - 1);
            overnames.save(new PipOvername(nieuw.getId(), bron, oud.getGemeente().substring(2), oud.getId(),
                    laatste.getLeerroute(), laatste.getDagtekening(), oud.getInburgeringstermijnStart(),
                    oud.getInburgeringstermijnEinde(), door, Instant.now()));
            nieuw.pipVastgesteld(oud.getInburgeringstermijnStart(), oud.getInburgeringstermijnEinde());
        } else if (bron == PipOvername.Bron.VERHUIZING) {
            nieuw.verhuisdZonderPip(datum); // SS120: ten weeks from the registration in the new gemeente
        }
        if (bron == PipOvername.Bron.VERHUIZING) {
            dossierService.startHoofdproces(nieuw);
        }
        inzagelog.saveAndFlush(new Inzage(nieuw.getId(), door, DossierService.AUDIT_GEOPEND, Instant.now()));
        return nieuw;
    }
}
