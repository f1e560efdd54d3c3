package nl.regie.inburgering.populatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ProcesTestBasis;

/**
 * A small population (fixed seed) walked through the application's own paths: the mix is really in our tables,
 * no BSN is a business key, the same seed gives the same population, and the engine clock is the real one after.
 */
class PopulatieGeneratorTest extends ProcesTestBasis {

    private static final int AANTAL = 24;

    @Autowired PopulatieGenerator generator;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService historyService;

    @Test
    void eenKleinePopulatieHeeftDeMixInOnzeTabellen() {
        org.assertj.core.api.SoftAssertions.assertSoftly(soft -> mix(soft));
    }

    private void mix(org.assertj.core.api.SoftAssertions soft) {
        long vanaf = Tellingen.laatsteDossier(jdbc);
        PopulatieGenerator.Verslag verslag = generator.genereer(new PopulatieInstellingen(AANTAL, 14,
                PopulatieInstellingen.DEMO_GEMEENTEN, VANDAAG.minusYears(3), VANDAAG, 2));

        soft.assertThat(verslag.teller("dossier")).isEqualTo(AANTAL);
        soft.assertThat(verslag.teller("fout.dossier")).isZero();
        // the generator's own bookkeeping (finding the next step) is counted, for the benchmark to subtract: some
        // CPU time, less than the whole run's, and at least one query per step taken
        soft.assertThat(verslag.teller(Boekhouding.CPU_NANOS)).isPositive()
                .isLessThan(verslag.duur().toNanos() * 2);
        soft.assertThat(verslag.teller(Boekhouding.TRANSACTIES)).isGreaterThan(verslag.teller("timer"));
        // the engine clock is the real one again (the generator moved it per thread)
        soft.assertThat(Math.abs(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis())).isLessThan(60_000);

        soft.assertThat(Tellingen.telling(jdbc, "select doelgroep, count(*) from dossier where id > ? group by doelgroep", vanaf))
                .containsKeys("ASIELSTATUSHOUDER", "NAREIZIGER", "GEZINSMIGRANT");
        // every stage: intake (and the ten weeks), in the tracks, ended, and closed without a plicht
        soft.assertThat(Tellingen.telling(jdbc, "select status, count(*) from dossier where id > ? group by status", vanaf))
                .containsKeys("INTAKE_EN_PIP", "PIP_VASTGESTELD", "BEEINDIGD", "GESLOTEN_GEEN_PLICHT");
        soft.assertThat(Tellingen.telling(jdbc, "select p.leerroute, count(*) from pip_versie p join dossier d on d.id = p.dossier_id"
                + " where d.id > ? and p.status = 'VASTGESTELD' group by p.leerroute", vanaf))
                .containsKeys("B1", "Z", "ONDERWIJS");
        Map<String, Long> redenen = Tellingen.telling(jdbc, "select afsluitreden_code, count(*) from dossier where id > ?"
                + " and afsluitreden_code is not null group by afsluitreden_code", vanaf);
        soft.assertThat(redenen).containsKey("VERHUISD").containsKey("GEEN_PLICHT");
        soft.assertThat(redenen.keySet()).anyMatch(r -> r.startsWith("VOLDAAN_"));
        // a move between two gemeenten of the installation: a follow-up dossier
        soft.assertThat(Tellingen.aantal(jdbc, "select count(*) from dossier_overgang o join dossier d on d.id = o.dossier_id"
                + " where d.id > ? and o.nieuw_dossier_id is not null", vanaf)).isPositive();
        // handhaving: cases, and a fine
        soft.assertThat(Tellingen.aantal(jdbc, "select count(*) from handhaving_zaak where dossier_id > ?", vanaf)).isPositive();
        soft.assertThat(Tellingen.aantal(jdbc, "select count(*) from handhaving_zaak where dossier_id > ? and besluit = 'BOETE'", vanaf)).isPositive();
        // voortgangsgesprekken with outcomes and participation, ontzorgen evaluated (stopped and extended)
        soft.assertThat(Tellingen.telling(jdbc, "select uitkomst, count(*) from voortgangsgesprek where dossier_id > ? group by uitkomst", vanaf))
                .containsKeys("OP_KOERS", "NIET_VERSCHENEN");
        soft.assertThat(Tellingen.telling(jdbc, "select participatie, count(*) from voortgangsgesprek where dossier_id > ? group by participatie", vanaf))
                .hasSizeGreaterThan(3);
        soft.assertThat(Tellingen.telling(jdbc, "select e.besluit, count(*) from ontzorgen_evaluatie e join ontzorgen_traject t on t.id = e.traject_id"
                + " where t.dossier_id > ? group by e.besluit", vanaf)).isNotEmpty();
        // PIP within ten weeks and after
        soft.assertThat(Tellingen.aantal(jdbc, "select count(*) from dossier d join pip_versie p on p.dossier_id = d.id and p.versie = 1"
                + " where d.id > ? and p.dagtekening <= d.pip_uiterlijke_datum", vanaf)).isPositive();
        soft.assertThat(Tellingen.aantal(jdbc, "select count(*) from dossier d join pip_versie p on p.dossier_id = d.id and p.versie = 1"
                + " where d.id > ? and p.dagtekening > d.pip_uiterlijke_datum", vanaf)).isPositive();

        // never a BSN as a business key, in the runtime or the history
        List<String> bsns = jdbc.queryForList("select p.bsn from persoon p join dossier d on d.persoon_id = p.id"
                + " where d.id > ?", String.class, vanaf);
        soft.assertThat(bsns).isNotEmpty();
        soft.assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(bsns.toArray(String[]::new)).count()).isZero();
        soft.assertThat(jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ in ("
                + String.join(",", bsns.stream().map(b -> "'" + b + "'").toList()) + ")", Long.class)).isZero();
    }

    @Test
    void dezelfdeSeedGeeftDezelfdePopulatie() {
        long voor = Tellingen.laatsteDossier(jdbc);
        PopulatieGenerator.Verslag eerste = generator.genereer(new PopulatieInstellingen(4, 7,
                PopulatieInstellingen.DEMO_GEMEENTEN, VANDAAG.minusYears(3), VANDAAG, 2));
        long tussen = Tellingen.laatsteDossier(jdbc);
        PopulatieGenerator.Verslag tweede = generator.genereer(new PopulatieInstellingen(4, 7,
                PopulatieInstellingen.DEMO_GEMEENTEN, VANDAAG.minusYears(3), VANDAAG, 2));
        long na = Tellingen.laatsteDossier(jdbc);

        assertThat(zonderTijden(tweede.tellers())).isEqualTo(zonderTijden(eerste.tellers()));
        String perStatus = "select status || '/' || doelgroep || '/' || coalesce(afsluitreden_code, '-'), count(*)"
                + " from dossier where id > ? and id <= ? group by status || '/' || doelgroep || '/' || coalesce(afsluitreden_code, '-')";
        assertThat(Tellingen.telling(jdbc, perStatus, tussen, na)).isEqualTo(Tellingen.telling(jdbc, perStatus, voor, tussen)).isNotEmpty();
        String gesprekken = "select uitkomst || '/' || participatie, count(*) from voortgangsgesprek where dossier_id > ?"
                + " and dossier_id <= ? group by uitkomst || '/' || participatie";
        assertThat(Tellingen.telling(jdbc, gesprekken, tussen, na)).isEqualTo(Tellingen.telling(jdbc, gesprekken, voor, tussen));
        assertThat(Tijd.vandaag()).isEqualTo(java.time.LocalDate.now(Tijd.ZONE));
    }

    private static Map<String, Long> zonderTijden(Map<String, Long> tellers) {
        Map<String, Long> uit = new TreeMap<>(tellers);
        uit.keySet().removeIf(k -> k.startsWith("ms.") || k.equals(Boekhouding.CPU_NANOS));
        return uit;
    }
}
