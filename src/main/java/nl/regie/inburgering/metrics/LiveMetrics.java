package nl.regie.inburgering.metrics;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.identiteit.Rollen;

/**
 * The live metrics per gemeente (tenant) for Prometheus: a handful of aggregate queries (COUNT … GROUP BY over our
 * dossier table and the engine's runtime tables), run every {@code regie.metrics.verversen} (60 s) and kept; a scrape
 * reads the kept numbers and never queries. Labels carry only codes (gemeente, stage, role, topic, state), never a
 * dossier, person or user.
 * <p>
 * The engine's job throughput comes from Camunda's own metrics ({@code job-successful}, {@code job-failed}, …): what
 * every node reported to the meter log, plus what this node counted since its last report.
 */
@Component
@EnableScheduling
public class LiveMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(LiveMetrics.class);

    /** The label value for engine rows without a gemeente (e.g. the history cleanup job). */
    static final String GEEN_GEMEENTE = "geen";
    static final List<String> OPEN_FASEN = List.of("PLICHT_BEPAALD", "GEEN_PLICHT_TE_BEVESTIGEN", "INTAKE_EN_PIP", "PIP_VASTGESTELD");
    static final List<String> PIP_TOESTANDEN = List.of("verloopt_binnen_14_dagen", "verstreken", "opgeschort");
    static final List<String> JOB_TOESTANDEN = List.of("uitvoerbaar", "gepland", "opnieuw_te_proberen", "mislukt");
    /** Camunda's job metrics, by the label value they get. */
    static final Map<String, String> ENGINE_JOBMETRICS = Map.of(
            "geslaagd", Metrics.JOB_SUCCESSFUL,
            "mislukt", Metrics.JOB_FAILED,
            "geweigerd", Metrics.JOB_EXECUTION_REJECTED,
            "verworven", Metrics.JOB_ACQUIRED_SUCCESS);

    private final JdbcTemplate jdbc;
    private final Gemeenten gemeenten;
    private final ProcessEngineConfigurationImpl engine;
    private final String p;

    private final MultiGauge dossiersOpen;
    private final MultiGauge pipTermijn;
    private final MultiGauge takenOpen;
    private final MultiGauge takenTeLaat;
    private final MultiGauge partnertaken;
    private final MultiGauge incidenten;
    private final MultiGauge jobs;
    private final Map<String, AtomicLong> engineJobs = new LinkedHashMap<>();
    private final AtomicLong laatsteVerversing = new AtomicLong();
    private volatile double verversduur;

    public LiveMetrics(JdbcTemplate jdbc, Gemeenten gemeenten, ProcessEngineConfigurationImpl engine, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.engine = engine;
        this.p = engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
        dossiersOpen = meter(registry, "regie.dossiers.open", "Lopende dossiers per gemeente en fase");
        pipTermijn = meter(registry, "regie.pip.termijn", "Dossiers zonder vastgesteld PIP waarvan de PIP-termijn binnen"
                + " 14 dagen verloopt, verstreken is of is opgeschort");
        takenOpen = meter(registry, "regie.taken.open", "Open taken per gemeente en rol (kandidaatgroep)");
        takenTeLaat = meter(registry, "regie.taken.te.laat", "Open taken waarvan de vervaldatum voorbij is, per gemeente en rol");
        partnertaken = meter(registry, "regie.partnertaken", "Partnertaken (external tasks) per gemeente, topic en toestand:"
                + " wachtend, vergrendeld, mislukt");
        incidenten = meter(registry, "regie.incidenten", "Open incidenten (grondoorzaken) per gemeente en type");
        jobs = meter(registry, "regie.jobs", "Jobs van de engine per gemeente en toestand");
        ENGINE_JOBMETRICS.forEach((uitkomst, naam) -> {
            AtomicLong totaal = new AtomicLong();
            engineJobs.put(naam, totaal);
            FunctionCounter.builder("regie.engine.jobs", totaal, AtomicLong::get)
                    .description("Jobs van de job executor (alle knooppunten), volgens de metrics van Camunda")
                    .tag("uitkomst", uitkomst).register(registry);
        });
        Gauge.builder("regie.metrics.ververst", laatsteVerversing, AtomicLong::get)
                .description("Moment (epoch-seconden) waarop deze metrics het laatst zijn berekend").register(registry);
        Gauge.builder("regie.metrics.verversduur", this, m -> m.verversduur).baseUnit("seconds")
                .description("Hoe lang de laatste berekening duurde").register(registry);
        for (Gemeente g : gemeenten.alle()) {
            Gauge.builder("regie.gemeente.info", () -> 1).description("Naam en regio bij de gemeentecode")
                    .tags("gemeente", g.tenantId(), "naam", g.naam(), "regio", g.regio() == null ? "geen" : g.regio())
                    .register(registry);
        }
    }

    /** Recomputes every number (also called by tests, so they need not wait for the interval). */
    @Scheduled(fixedDelayString = "${regie.metrics.verversen:PT60S}", initialDelayString = "${regie.metrics.eerste-verversing:PT5S}")
    public synchronized void ververs() {
        long start = System.nanoTime();
        try {
            Instant nu = ClockUtil.getCurrentTime().toInstant();
            Timestamp nuTs = Timestamp.from(nu);
            LocalDate vandaag = Tijd.vandaag();
            List<String> alle = gemeenten.alle().stream().map(Gemeente::tenantId).toList();

            Tabel dossiers = new Tabel(alle, "fase", OPEN_FASEN);
            jdbc.query("SELECT gemeente, status, COUNT(*) FROM dossier"
                    + " WHERE status NOT IN ('BEEINDIGD', 'GESLOTEN_GEEN_PLICHT') GROUP BY gemeente, status",
                    rs -> { dossiers.zet(rs.getString(1), rs.getString(2), rs.getLong(3)); });
            dossiersOpen.register(dossiers.rijen(), true);

            // the limit counts while no PIP is fixed and the period is not suspended (Bi 5.3: waiting for a third party)
            String opgeschort = "(opschorting_sinds IS NOT NULL AND (informatie_derde_ontvangen IS NULL"
                    + " OR informatie_derde_ontvangen < opschorting_sinds))";
            Tabel pip = new Tabel(alle, "toestand", PIP_TOESTANDEN);
            jdbc.query("SELECT gemeente,"
                    + " SUM(CASE WHEN NOT " + opgeschort + " AND pip_uiterlijke_datum >= ? AND pip_uiterlijke_datum <= ? THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN NOT " + opgeschort + " AND pip_uiterlijke_datum < ? THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN " + opgeschort + " THEN 1 ELSE 0 END)"
                    + " FROM dossier WHERE status IN ('PLICHT_BEPAALD', 'INTAKE_EN_PIP') AND pip_uiterlijke_datum IS NOT NULL"
                    + " GROUP BY gemeente", rs -> {
                        for (int i = 0; i < PIP_TOESTANDEN.size(); i++) {
                            pip.zet(rs.getString(1), PIP_TOESTANDEN.get(i), rs.getLong(i + 2));
                        }
                    }, java.sql.Date.valueOf(vandaag), java.sql.Date.valueOf(vandaag.plusDays(14)), java.sql.Date.valueOf(vandaag));
            pipTermijn.register(pip.rijen(), true);

            Tabel open = new Tabel(alle, "rol", Rollen.TAAKROLLEN);
            Tabel teLaat = new Tabel(alle, "rol", Rollen.TAAKROLLEN);
            jdbc.query("SELECT t.TENANT_ID_, i.GROUP_ID_, COUNT(*), SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END)"
                    + " FROM " + p + "ACT_RU_TASK t JOIN " + p + "ACT_RU_IDENTITYLINK i ON i.TASK_ID_ = t.ID_"
                    + " WHERE i.TYPE_ = 'candidate' AND i.GROUP_ID_ IS NOT NULL GROUP BY t.TENANT_ID_, i.GROUP_ID_", rs -> {
                        open.zet(rs.getString(1), rs.getString(2), rs.getLong(3));
                        teLaat.zet(rs.getString(1), rs.getString(2), rs.getLong(4));
                    }, nuTs);
            takenOpen.register(open.rijen(), true);
            takenTeLaat.register(teLaat.rijen(), true);

            List<MultiGauge.Row<?>> partner = new ArrayList<>();
            jdbc.query("SELECT TENANT_ID_, TOPIC_NAME_,"
                    + " SUM(CASE WHEN (RETRIES_ IS NULL OR RETRIES_ > 0) AND (LOCK_EXP_TIME_ IS NULL OR LOCK_EXP_TIME_ <= ?) THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN (RETRIES_ IS NULL OR RETRIES_ > 0) AND LOCK_EXP_TIME_ > ? THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN RETRIES_ = 0 THEN 1 ELSE 0 END)"
                    + " FROM " + p + "ACT_RU_EXT_TASK GROUP BY TENANT_ID_, TOPIC_NAME_", rs -> {
                        String[] toestanden = {"wachtend", "vergrendeld", "mislukt"};
                        for (int i = 0; i < toestanden.length; i++) {
                            partner.add(MultiGauge.Row.of(Tags.of("gemeente", gemeente(rs.getString(1)),
                                    "topic", rs.getString(2), "toestand", toestanden[i]), rs.getLong(i + 3)));
                        }
                    }, nuTs, nuTs);
            partnertaken.register(partner, true);

            List<MultiGauge.Row<?>> incident = new ArrayList<>();
            // root causes only: Camunda repeats an incident in every calling process instance above it
            jdbc.query("SELECT TENANT_ID_, INCIDENT_TYPE_, COUNT(*) FROM " + p + "ACT_RU_INCIDENT"
                    + " WHERE ROOT_CAUSE_INCIDENT_ID_ = ID_ OR ROOT_CAUSE_INCIDENT_ID_ IS NULL GROUP BY TENANT_ID_, INCIDENT_TYPE_",
                    rs -> { incident.add(MultiGauge.Row.of(Tags.of("gemeente", gemeente(rs.getString(1)),
                            "type", rs.getString(2)), rs.getLong(3))); });
            incidenten.register(incident, true);

            Tabel job = new Tabel(alle, "toestand", JOB_TOESTANDEN);
            jdbc.query("SELECT TENANT_ID_,"
                    + " SUM(CASE WHEN RETRIES_ > 0 AND EXCEPTION_MSG_ IS NULL AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?) THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN RETRIES_ > 0 AND EXCEPTION_MSG_ IS NULL AND DUEDATE_ > ? THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN RETRIES_ > 0 AND EXCEPTION_MSG_ IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN RETRIES_ <= 0 THEN 1 ELSE 0 END)"
                    + " FROM " + p + "ACT_RU_JOB GROUP BY TENANT_ID_", rs -> {
                        for (int i = 0; i < JOB_TOESTANDEN.size(); i++) {
                            job.zet(rs.getString(1), JOB_TOESTANDEN.get(i), rs.getLong(i + 2));
                        }
                    }, nuTs, nuTs);
            jobs.register(job.rijen(), true);

            Map<String, Long> gemeld = new LinkedHashMap<>();
            jdbc.query("SELECT NAME_, SUM(VALUE_) FROM " + p + "ACT_RU_METER_LOG WHERE NAME_ IN ("
                    + String.join(", ", ENGINE_JOBMETRICS.values().stream().map(n -> "'" + n + "'").toList())
                    + ") GROUP BY NAME_", rs -> { gemeld.put(rs.getString(1), rs.getLong(2)); });
            engineJobs.forEach((naam, totaal) -> {
                var meter = engine.getMetricsRegistry() == null ? null : engine.getMetricsRegistry().getDbMeterByName(naam);
                totaal.set(gemeld.getOrDefault(naam, 0L) + (meter == null ? 0 : meter.get()));
            });

            laatsteVerversing.set(Instant.now().getEpochSecond());
        } catch (RuntimeException e) {
            // the numbers stay as they were; the age gauge shows they are stale
            LOG.warn("Metrics niet ververst: {}", e.getClass().getSimpleName());
        } finally {
            verversduur = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
        }
    }

    private static MultiGauge meter(MeterRegistry registry, String naam, String omschrijving) {
        return MultiGauge.builder(naam).description(omschrijving).register(registry);
    }

    private static String gemeente(String tenant) {
        return tenant == null ? GEEN_GEMEENTE : tenant;
    }

    /**
     * Counts per gemeente and one more label; every configured gemeente gets a zero for every known value of that
     * label, so a series exists (and an alert can fire) before the first case.
     */
    private static final class Tabel {
        private final String label;
        private final Map<List<String>, Long> waarden = new LinkedHashMap<>();

        Tabel(List<String> gemeenten, String label, List<String> bekend) {
            this.label = label;
            gemeenten.forEach(g -> bekend.forEach(w -> waarden.put(List.of(g, w), 0L)));
        }

        void zet(String tenant, String waarde, long aantal) {
            waarden.merge(List.of(gemeente(tenant), waarde == null ? "" : waarde), aantal, Long::sum);
        }

        List<MultiGauge.Row<?>> rijen() {
            Function<Map.Entry<List<String>, Long>, MultiGauge.Row<?>> rij = e ->
                    MultiGauge.Row.of(Tags.of("gemeente", e.getKey().get(0), label, e.getKey().get(1)), e.getValue());
            return waarden.entrySet().stream().map(rij).toList();
        }
    }
}
