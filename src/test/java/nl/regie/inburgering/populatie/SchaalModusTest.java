package nl.regie.inburgering.populatie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.test.ProcesTestBasis;

/**
 * The generator's scale mode (issue 13 item 2): people in the intake and people who moved in with a running term
 * (DUO SS121) spread over the three years of the term, in their tracks with open partner tasks and pending timers;
 * a second run with the same seed adds only what is missing.
 */
class SchaalModusTest extends ProcesTestBasis {

    private static final int AANTAL = 16;

    @Autowired PopulatieGenerator generator;
    @Autowired JdbcTemplate jdbc;

    @Test
    void eenSchaalpopulatieStaatInHaarSporenEnWordtHervat() {
        long vanaf = Tellingen.laatsteDossier(jdbc);
        PopulatieGenerator.Verslag verslag = generator.genereerSchaal(instellingen(AANTAL));

        assertThat(verslag.teller("fout.dossier")).isZero();
        assertThat(verslag.teller("dossier")).isEqualTo(AANTAL);
        assertThat(verslag.aantal()).isEqualTo(AANTAL);
        // both kinds: in the intake, and in the tracks with a taken-over PIP and term
        assertThat(Tellingen.telling(jdbc, "select status, count(*) from dossier where id > ? group by status", vanaf))
                .containsKeys("INTAKE_EN_PIP", "PIP_VASTGESTELD");
        long overgenomen = Tellingen.aantal(jdbc, "select count(*) from pip_overname o where o.dossier_id > ?", vanaf);
        assertThat(overgenomen).isGreaterThanOrEqualTo(AANTAL / 2);
        // terms that started over the three years: some early, some near their end
        assertThat(Tellingen.aantal(jdbc, "select count(*) from dossier where id > ? and inburgeringstermijn_start < ?", vanaf,
                VANDAAG.minusMonths(24))).isPositive();
        assertThat(Tellingen.aantal(jdbc, "select count(*) from dossier where id > ? and inburgeringstermijn_start > ?", vanaf,
                VANDAAG.minusMonths(12))).isPositive();
        // the tracks are open: partner tasks waiting, and timers still to fall due
        String vanDezeDossiers = " e.BUSINESS_KEY_ in (select dossiernummer from dossier where id > ?)";
        assertThat(Tellingen.aantal(jdbc, "select count(*) from ACT_RU_EXT_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ where"
                + vanDezeDossiers, vanaf)).isPositive();
        assertThat(Tellingen.aantal(jdbc, "select count(*) from ACT_RU_JOB j join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_ where"
                + vanDezeDossiers + " and j.TYPE_ = 'timer' and j.DUEDATE_ > ?", vanaf, java.sql.Timestamp.valueOf(
                VANDAAG.plusDays(1).atStartOfDay()))).isPositive();
        // nothing of the previous gemeente's past is replayed here: no ending planned before the person came
        assertThat(Tellingen.aantal(jdbc, "select count(*) from dossier d join pip_overname o on o.dossier_id = d.id where d.id > ?"
                + " and d.afgesloten_op is not null", vanaf)).isZero();

        // resumable: the same seed again adds nothing, a larger number adds only the rest
        long na = Tellingen.laatsteDossier(jdbc);
        PopulatieGenerator.Verslag nogmaals = generator.genereerSchaal(instellingen(AANTAL));
        assertThat(nogmaals.teller("al.aanwezig")).isEqualTo(AANTAL);
        assertThat(nogmaals.aantal()).isZero();
        assertThat(Tellingen.laatsteDossier(jdbc)).isEqualTo(na);
        PopulatieGenerator.Verslag meer = generator.genereerSchaal(instellingen(AANTAL + 3));
        assertThat(meer.teller("al.aanwezig")).isEqualTo(AANTAL);
        assertThat(meer.teller("dossier")).isEqualTo(3);
    }

    private static SchaalInstellingen instellingen(int aantal) {
        return new SchaalInstellingen(aantal, 31, PopulatieInstellingen.DEMO_GEMEENTEN, VANDAAG, 2, 25, 14, 14);
    }
}
