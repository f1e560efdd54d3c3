package nl.regie.inburgering.duo.afstemming;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.DossierStatus;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.duo.DuoOins;

/**
 * The nightly reconciliation (regie.duo-afstemming.cron): for every open dossier DUO's view is read and compared
 * ({@link Vergelijking}); each difference is a row with both values and a procesbeheerder's task (process
 * {@code duo-afstemming}), once per open difference: seen again it only updates the row; no longer seen, the row is
 * closed OPGELOST and its task withdrawn. A dossier DUO cannot be read for is skipped this night (one WARN line
 * with the dossier number, never personal data) and compared again the next.
 * <p>
 * Cluster-safe: the run claims each open dossier for the night in the database before it reads DUO (column
 * {@code dossier.duo_afgestemd_op}, an atomic conditional update), so with several nodes running at the same time each
 * open dossier is read by exactly one of them, and a second run in the same night reads none again.
 */
@Component("duoAfstemming")
public class DuoAfstemming {

    public static final String PROCES = "duo-afstemming";
    public static final String VERSCHIL_ID = "afstemmingVerschilId";
    public static final String BERICHT_OPGELOST = "DuoVerschilOpgelost";
    private static final Logger LOG = LoggerFactory.getLogger(DuoAfstemming.class);
    private static final Set<DossierStatus> GESLOTEN = EnumSet.of(DossierStatus.GESLOTEN_GEEN_PLICHT, DossierStatus.BEEINDIGD);

    /**
     * What one run did: {@code dossiers} open dossiers seen; {@code overgelaten} of them were already claimed for this
     * night (by another node, or an earlier run of the same night) and left alone; the others were compared, or not
     * read ({@code nietGelezen}).
     */
    public record Resultaat(int dossiers, int nieuweVerschillen, int opgelost, int nietGelezen, int overgelaten) {
    }

    private final AfstemmingDossiers openDossiers;
    private final DossierRepository dossiers;
    private final AfstemmingsVerschilRepository verschillen;
    private final DuoBeeldLezer lezer;
    private final DuoOins oins;
    private final DuoAfstemmingInstellingen instellingen;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transactie;
    private final JdbcTemplate jdbc;

    public DuoAfstemming(AfstemmingDossiers openDossiers, DossierRepository dossiers,
                         AfstemmingsVerschilRepository verschillen, DuoBeeldLezer lezer, DuoOins oins,
                         DuoAfstemmingInstellingen instellingen, RuntimeService runtimeService,
                         TransactionTemplate transactie, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.openDossiers = openDossiers;
        this.dossiers = dossiers;
        this.verschillen = verschillen;
        this.lezer = lezer;
        this.oins = oins;
        this.instellingen = instellingen;
        this.runtimeService = runtimeService;
        this.transactie = transactie;
    }

    @Scheduled(cron = "${regie.duo-afstemming.cron:0 0 2 * * *}", zone = "Europe/Amsterdam")
    public void nachtelijk() {
        Resultaat r = stemAlleOpenDossiersAf();
        LOG.info("DUO-afstemming: {} dossiers, {} nieuwe verschillen, {} opgelost, {} niet gelezen, {} al door een andere"
                + " node (of eerder deze nacht) afgestemd", r.dossiers(), r.nieuweVerschillen(), r.opgelost(),
                r.nietGelezen(), r.overgelaten());
    }

    /** Every open dossier not yet claimed this night; this night is the engine clock's day (Europe/Amsterdam). */
    public Resultaat stemAlleOpenDossiersAf() {
        LocalDate nacht = Tijd.vandaag(); // fixed at the start: a run that passes midnight claims for one night
        PageRequest pagina = PageRequest.of(0, Math.max(1, instellingen.getPerPagina()));
        int aantal = 0;
        int nieuw = 0;
        int opgelost = 0;
        int nietGelezen = 0;
        int overgelaten = 0;
        long na = 0;
        List<AfstemmingDossiers.OpenDossier> open;
        do {
            open = openDossiers.open(GESLOTEN, na, pagina);
            for (AfstemmingDossiers.OpenDossier dossier : open) {
                aantal++;
                na = dossier.getId();
                if (!claim(dossier.getId(), nacht)) {
                    overgelaten++;
                    continue;
                }
                try {
                    Resultaat r = stemAf(dossier.getDossiernummer());
                    nieuw += r.nieuweVerschillen();
                    opgelost += r.opgelost();
                } catch (RuntimeException fout) {
                    nietGelezen++;
                    LOG.warn("DUO-afstemming: dossier {} niet afgestemd ({})", dossier.getDossiernummer(),
                            fout.getClass().getSimpleName());
                }
            }
        } while (open.size() == pagina.getPageSize());
        return new Resultaat(aantal, nieuw, opgelost, nietGelezen, overgelaten);
    }

    /**
     * Claims the dossier for this night before DUO is read: one conditional update, committed at once (no
     * surrounding transaction), so of several nodes at the same time exactly one gets each dossier (1 row: this node
     * compares it; 0: it was claimed this night already). A claimed dossier DUO cannot be read for waits for the next
     * night, as before. The column is not mapped in {@link Dossier}: a stale save never resets it, its version stays.
     */
    private boolean claim(long dossierId, LocalDate nacht) {
        Date dag = Date.valueOf(nacht);
        return jdbc.update("update dossier set duo_afgestemd_op = ? where id = ?"
                + " and (duo_afgestemd_op is null or duo_afgestemd_op < ?)", dag, dossierId, dag) == 1;
    }

    /**
     * One dossier, now and without a claim (the nightly run's claim is neither needed nor changed): DUO is read
     * outside the transaction, our rows and tasks are written in one.
     */
    public Resultaat stemAf(String dossiernummer) {
        Dossier dossier = dossiers.getByDossiernummer(dossiernummer);
        DuoBeeld beeld = lezer.lees(dossier.getPersoon().getBsn(), oins.oinVan(dossier.getGemeente()));
        return transactie.execute(t -> verwerk(dossiers.getByDossiernummer(dossiernummer), beeld));
    }

    private Resultaat verwerk(Dossier dossier, DuoBeeld beeld) {
        Instant nu = ClockUtil.getCurrentTime().toInstant();
        List<Vergelijking.Verschil> gevonden = Vergelijking.verschillen(dossier, beeld);
        int nieuw = 0;
        for (Vergelijking.Verschil v : gevonden) {
            var bestaand = verschillen.findByOpenSleutel(AfstemmingsVerschil.sleutel(dossier.getId(), v.onderwerp()));
            if (bestaand.isPresent()) {
                bestaand.get().opnieuwGezien(v.onzeWaarde(), v.duoWaarde(), nu);
                continue;
            }
            AfstemmingsVerschil verschil = verschillen.saveAndFlush(
                    new AfstemmingsVerschil(dossier.getId(), v.onderwerp(), v.onzeWaarde(), v.duoWaarde(), nu));
            Map<String, Object> variabelen = new HashMap<>();
            variabelen.put(VERSCHIL_ID, verschil.getId());
            variabelen.put(ProcesVariabelen.DOSSIERNUMMER, dossier.getDossiernummer());
            variabelen.put(ProcesVariabelen.GEMEENTE, dossier.getGemeente());
            runtimeService.startProcessInstanceByKey(PROCES, dossier.getDossiernummer(), variabelen);
            nieuw++;
        }
        Set<AfstemmingsVerschil.Onderwerp> nogSteeds = gevonden.stream().map(Vergelijking.Verschil::onderwerp)
                .collect(Collectors.toSet());
        int opgelost = 0;
        for (AfstemmingsVerschil open : verschillen.findByDossierIdAndStatus(dossier.getId(), AfstemmingsVerschil.Status.OPEN)) {
            if (!nogSteeds.contains(open.getOnderwerp())) {
                open.opgelost(nu);
                runtimeService.createMessageCorrelation(BERICHT_OPGELOST).processInstanceBusinessKey(dossier.getDossiernummer())
                        .processInstanceVariableEquals(VERSCHIL_ID, open.getId()).correlateAll();
                opgelost++;
            }
        }
        return new Resultaat(1, nieuw, opgelost, 0, 0);
    }

    public AfstemmingsVerschil verschil(org.camunda.bpm.engine.delegate.VariableScope scope) {
        Object id = scope.getVariable(VERSCHIL_ID);
        return verschillen.findById(((Number) id).longValue()).orElseThrow();
    }
}
