package nl.regie.inburgering.benchmark;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dossier view's searches as the casemanager's browser calls them ({@code dossierbeeld}), for the regional
 * casemanager {@code cm.westfriesland}: {@code GET /api/dossiers?zoek=} by part of a surname (the most common
 * surname's first three letters in the user's gemeenten, so the search finds a full page) and by a dossier number
 * without its last two digits, and {@code GET /api/dossiers/mijn} (the user's caseload: PIPs drafted, conversations held, tasks
 * worked), and a dossier's overview {@code GET /api/dossiers/{nr}/overzicht} (its open tasks, handhaving cases
 * included). Samples as {@link Benchmark#meet}.
 */
final class DossierbeeldMeting {

    static final String GEBRUIKER = "cm.westfriesland";

    private DossierbeeldMeting() {
    }

    static List<String[]> meet(HttpClient http, String basis, JdbcTemplate jdbc, int monsters)
            throws IOException, InterruptedException {
        List<String> achternamen = jdbc.queryForList("select lower(p.achternaam) from dossier d join persoon p on p.id = d.persoon_id"
                + " where d.gemeente in ('GM0498','GM0388','GM1598','GM0420','GM0432','GM0532')"
                + " group by lower(p.achternaam) order by count(*) desc limit 1", String.class);
        List<String> nummers = jdbc.queryForList("select dossiernummer from dossier"
                + " where gemeente in ('GM0498','GM0388','GM1598','GM0420','GM0432','GM0532') order by id desc", String.class);
        if (achternamen.isEmpty() || nummers.isEmpty()) {
            return List.of();
        }
        String naam = achternamen.get(0).substring(0, Math.min(3, achternamen.get(0).length()));
        String nummer = nummers.get(0).substring(0, Math.max(1, nummers.get(0).length() - 2)); // up to 100 numbers
        return List.of(
                Benchmark.meet(http, "GET /api/dossiers?zoek=" + naam + " (" + GEBRUIKER + ")", GEBRUIKER, monsters,
                        i -> basis + "/api/dossiers?zoek=" + URLEncoder.encode(naam, StandardCharsets.UTF_8)),
                Benchmark.meet(http, "GET /api/dossiers?zoek=" + nummer + " (" + GEBRUIKER + ")", GEBRUIKER, monsters,
                        i -> basis + "/api/dossiers?zoek=" + URLEncoder.encode(nummer, StandardCharsets.UTF_8)),
                Benchmark.meet(http, "GET /api/dossiers/mijn (" + GEBRUIKER + ")", GEBRUIKER, monsters,
                        i -> basis + "/api/dossiers/mijn"),
                Benchmark.meet(http, "GET /api/dossiers/{nr}/overzicht (" + GEBRUIKER + ")", GEBRUIKER, monsters,
                        i -> basis + "/api/dossiers/" + nummers.get(i % nummers.size()) + "/overzicht"));
    }
}
