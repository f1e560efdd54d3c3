package nl.regie.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * A measurement, not a test of the suite (its name does not end in "Test", so {@code mvn verify} skips it): the
 * whole-region report at national scale, on PostgreSQL only. Writes {@code regie.meting.dossiers} (default 130,000)
 * synthetic dossiers with a PIP, a leerroute, a PVT and a voortgangsgesprek straight into our tables (generate_series,
 * in the years 2090-2092, far from every test's dates), spread over the ten demo gemeenten, then times the tables for a
 * year, the monthly cohorts over three years and the SPUK for the region of all ten, as a procesbeheerder over HTTP,
 * five times each after a warm-up. Writes the times to {@code target/meting-rapportage.txt}. The rows stay: run it on
 * a database of its own.
 * <pre>mvn test -Dtest=RapportageMeting -Dregie.test.database=postgres -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * The benchmark's population (issue 14 item 7, the scale issue) replaces the synthetic rows when it exists.
 */
class RapportageMeting extends ProcesTestBasis {

    static final TestGegevens.TestGebruiker PB_LAND = new TestGegevens.TestGebruiker("pb.meting", Rollen.PROCESBEHEERDER,
            List.of("GM0441", "GM0498", "GM0388", "GM1598", "GM0420", "GM0432", "GM0532", "GM0439", "GM0637", "GM1904"));

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;

    @Test
    void deRegioOverHonderddertigduizendDossiers() throws IOException {
        String product = jdbc.queryForObject("select version()", String.class);
        assertThat(product).as("alleen op PostgreSQL").containsIgnoringCase("postgres");
        TestGegevens.zorgVoor(identityService, PB_LAND);
        int doel = Integer.getInteger("regie.meting.dossiers", 130_000);
        Long er = jdbc.queryForObject("select count(*) from dossier where dossiernummer like 'MET-%'", Long.class);
        if (er < doel) {
            int start = (int) (er + 1);
            jdbc.update("insert into persoon (bsn, voornamen, achternaam, geboortedatum, nationaliteit) "
                    + "select lpad(cast(900000000 + i as varchar), 9, '0'), 'Meting', 'Persoon', date '2060-01-01', 'SYR' "
                    + "from generate_series(?, ?) as i", start, doel);
            jdbc.update("insert into dossier (dossiernummer, persoon_id, gemeente, doelgroep, koppelingsdatum, bijstand, "
                    + "brp_inschrijvingsdatum, huisvestingsdatum, status, plichtig, pip_termijn_start, pip_uiterlijke_datum, "
                    + "inburgeringstermijn_start, inburgeringstermijn_einde, geopend_door, geopend_op) "
                    + "select 'MET-' || i, p.id, (array['GM0441','GM0498','GM0388','GM1598','GM0420','GM0432','GM0532','GM0439','GM0637','GM1904'])[1 + i % 10], "
                    + "case when i % 4 = 0 then 'GEZINSMIGRANT' else 'ASIELSTATUSHOUDER' end, "
                    + "date '2090-01-01' + (i % 1000), false, date '2090-01-10' + (i % 1000), date '2090-01-10' + (i % 1000), "
                    + "'PIP_VASTGESTELD', true, date '2090-01-10' + (i % 1000), date '2090-03-21' + (i % 1000), "
                    + "date '2090-02-20' + (i % 1000) + (i % 50), date '2093-02-20' + (i % 1000) + (i % 50), 'meting', now() "
                    + "from generate_series(?, ?) as i join persoon p on p.bsn = lpad(cast(900000000 + i as varchar), 9, '0')",
                    start, doel);
            jdbc.update("insert into pip_versie (dossier_id, versie, status, leerroute, pvt_afspraken, ontzorgen, "
                    + "aantal_voortgangsgesprekken, opgesteld_door, opgesteld_op, dagtekening) "
                    + "select d.id, 1, 'VASTGESTELD', (array['B1','Z','ONDERWIJS'])[1 + d.id % 3], 'PVT', false, 12, 'meting', now(), "
                    + "d.inburgeringstermijn_start from dossier d where d.dossiernummer like 'MET-%' "
                    + "and not exists (select 1 from pip_versie v where v.dossier_id = d.id)");
            jdbc.update("insert into leerroute_traject (dossier_id, leerroute, aangemeld_op, startdatum, status, taaluren, "
                    + "participatieuren, versie) select d.id, (array['B1','Z','ONDERWIJS'])[1 + d.id % 3], "
                    + "d.inburgeringstermijn_start, d.inburgeringstermijn_start + 14, 'GESTART', 0, 0, 0 from dossier d "
                    + "where d.dossiernummer like 'MET-%' and not exists (select 1 from leerroute_traject t where t.dossier_id = d.id)");
            jdbc.update("insert into pvt_traject (dossier_id, partner, streefdatum, ondertekend) "
                    + "select d.id, 'pvt', d.inburgeringstermijn_start + 365, case when d.id % 3 = 0 then null "
                    + "else d.inburgeringstermijn_start + 200 end from dossier d where d.dossiernummer like 'MET-%' "
                    + "and not exists (select 1 from pvt_traject t where t.dossier_id = d.id)");
            jdbc.update("insert into voortgangsgesprek (dossier_id, gepland_op, datum, uitkomst, participatie, verslag, "
                    + "gevoerd_door, vastgelegd_op) select d.id, d.inburgeringstermijn_start + 90, d.inburgeringstermijn_start + 90, "
                    + "'OP_KOERS', (array['GEEN','ORIENTATIE_WERK_STAGE','WERKSTAGE','VRIJWILLIGERSWERK','BETAALDE_BAAN','OPLEIDING'])[1 + d.id % 6], "
                    + "'meting', 'meting', now() from dossier d where d.dossiernummer like 'MET-%' "
                    + "and not exists (select 1 from voortgangsgesprek v where v.dossier_id = d.id)");
            jdbc.execute("analyze");
        }
        zetKlok(java.time.LocalDate.of(2094, 1, 1));
        List<String> regels = new ArrayList<>();
        regels.add("Voortgangsrapportage, regio van tien gemeenten, " + jdbc.queryForObject("select count(*) from dossier",
                Long.class) + " dossiers (" + doel + " synthetisch), PostgreSQL: " + product);
        meet(regels, "tabellen 2090", "/api/rapportage/tabellen?van=2090-01-01&tot=2091-01-01");
        meet(regels, "cohorten per maand 2090-2092", "/api/rapportage/cohorten?van=2090-01-01&tot=2093-01-01&indeling=MAAND&peildatum=2094-01-01");
        meet(regels, "spuk 2090-2094", "/api/rapportage/spuk?vanJaar=2090&totJaar=2094");
        regels.forEach(System.out::println);
        Files.write(Path.of("target", "meting-rapportage.txt"), regels);
    }

    private void meet(List<String> regels, String naam, String pad) {
        java.time.Duration wachttijd = java.time.Duration.ofMinutes(5);
        assertThat(RapportageHttp.get(poort, PB_LAND.id(), pad, wachttijd).status()).isEqualTo(200); // warm-up
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            RapportageHttp.Antwoord a = RapportageHttp.get(poort, PB_LAND.id(), pad, wachttijd);
            ms.add((System.nanoTime() - t0) / 1_000_000);
            assertThat(a.status()).isEqualTo(200);
        }
        Collections.sort(ms);
        regels.add(String.format("%-32s mediaan %5d ms, max %5d ms", naam, ms.get(2), ms.get(4)));
    }
}
