package nl.regie.inburgering.bewaartermijn;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.inburgering.engine.Tijd;

/**
 * Deletes the details of every dossier that closed longer ago than the retention period (5 years): intake and
 * health data, PIP versions, a taken-over PIP, events and every track's records. The dossier row and the person (core
 * identity), the link to a previous or next dossier (dossier_overgang: coded, no free text),
 * the partners' confirmations (without their reasons) and the audit trail stay; the engine's own history goes by its time to live
 * (P1825D after the main process ended) in the history cleanup window. Each dossier in its own transaction.
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(BewaartermijnProperties.class)
public class Bewaartermijn {

    private static final Logger LOG = LoggerFactory.getLogger(Bewaartermijn.class);
    static final String SYSTEEM = "systeem:bewaartermijn";
    static final String OPGESCHOOND = "[opgeschoond na de bewaartermijn]";

    /** Children before parents. */
    private static final List<String> DETAILS = List.of(
            "delete from voortgangsrapportage where traject_id in (select id from leerroute_traject where dossier_id = ?)",
            "delete from examenresultaat where dossier_id = ?",
            "delete from examenresultaat_duo where dossier_id = ?",
            "delete from leerroute_wissel where dossier_id = ?",
            "delete from leerroute_traject where dossier_id = ?",
            "delete from ontzorgen_evaluatie where traject_id in (select id from ontzorgen_traject where dossier_id = ?)",
            "delete from ontzorgen_traject where dossier_id = ?",
            "delete from begeleiding_traject where dossier_id = ?",
            "delete from pvt_traject where dossier_id = ?",
            "delete from map_traject where dossier_id = ?",
            "delete from voortgangsgesprek where dossier_id = ?",
            "delete from pip_wijziging where dossier_id = ?",
            "delete from pip_versie where dossier_id = ?",
            "delete from brede_intake where dossier_id = ?",
            "delete from oproep where dossier_id = ?",
            "delete from gebeurtenis where dossier_id = ?",
            "delete from termijn_bespreking where dossier_id = ?",
            "delete from termijn_verlenging where dossier_id = ?",
            "delete from ontheffing_advies where dossier_id = ?",
            // a PIP taken over from a previous gemeente or dossier (verhuizing); the dossier_overgang row stays: it only
            // links the dossiers (coded reason, gemeente, date, who) and holds no free text
            "delete from pip_overname where dossier_id = ?",
            // who was told and when stays; why (which may name personal circumstances) goes
            "update partner_afmelding set reden = '" + OPGESCHOOND + "', toelichting = null where dossier_id = ?");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;
    private final BewaartermijnProperties instellingen;
    private final List<Bewaarbaar> capaciteiten;

    public Bewaartermijn(JdbcTemplate jdbc, TransactionTemplate transactie, BewaartermijnProperties instellingen,
                         List<Bewaarbaar> capaciteiten) {
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.instellingen = instellingen;
        this.capaciteiten = capaciteiten;
    }

    @Scheduled(cron = "${regie.bewaartermijn.cron}", zone = "Europe/Amsterdam")
    public void dagelijks() {
        int aantal = schoonOp(Tijd.vandaag());
        if (aantal > 0) {
            LOG.info("Bewaartermijn verstreken: {} dossiers tot de kerngegevens teruggebracht", aantal);
        }
    }

    /** Cleans every dossier closed on or before {@code vandaag} minus the retention period; returns how many. */
    public int schoonOp(LocalDate vandaag) {
        LocalDate grens = vandaag.minus(instellingen.duur());
        List<Long> verlopen = jdbc.queryForList(
                "select id from dossier where afgesloten_op <= ? and opgeschoond_op is null order by id", Long.class,
                Date.valueOf(grens));
        int aantal = 0;
        for (Long dossierId : verlopen) {
            if (Boolean.TRUE.equals(transactie.execute(status -> schoonOp(dossierId, vandaag)))) {
                aantal++;
            }
        }
        return aantal;
    }

    private boolean schoonOp(Long dossierId, LocalDate vandaag) {
        // claims the dossier first: a second node running at the same time finds nothing left to do
        int geclaimd = jdbc.update("update dossier set opgeschoond_op = ?, plicht_bevestiging = null, versie = versie + 1"
                + " where id = ? and opgeschoond_op is null", Date.valueOf(vandaag), dossierId);
        if (geclaimd == 0) {
            return false;
        }
        // each capability's own rows first (they may refer to the central tables below), then the central list
        capaciteiten.forEach(c -> c.opschoonOpdrachten().forEach(sql -> jdbc.update(sql, dossierId)));
        DETAILS.forEach(sql -> jdbc.update(sql, dossierId));
        jdbc.update("insert into dossier_inzage (dossier_id, gebruiker, actie, tijdstip) values (?, ?, ?, ?)",
                dossierId, SYSTEEM, "OPGESCHOOND", Timestamp.from(Instant.now()));
        return true;
    }
}
