package nl.regie.inburgering.rapportage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Beeindigingsreden;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.voortgang.Voortgangsgesprek;

/**
 * The seed-004 tables for a period, per gemeente: each number one SQL aggregate over our tables, grouped by gemeente
 * (no dossier is loaded). The period is half-open [van, tot). Which date decides the period is written at each
 * query and in the README (section Voortgangsrapportage).
 */
@Component
public class Periodetabellen {

    static final List<String> STATUSHOUDERS = List.of("ASIELSTATUSHOUDER", "NAREIZIGER");
    static final List<String> GEZINSMIGRANTEN = List.of("GEZINSMIGRANT");

    /** The route a coded ending "voldaan" completes. */
    static final Map<String, String> VOLDAAN_ROUTE = Map.of(
            Beeindigingsreden.VOLDAAN_DIPLOMA.name(), Leerroute.B1.name(),
            Beeindigingsreden.VOLDAAN_ONDERWIJSROUTE.name(), Leerroute.ONDERWIJS.name(),
            Beeindigingsreden.VOLDAAN_Z_ROUTE.name(), Leerroute.Z.name());

    /** The seed's order of the routes. */
    static final List<String> ROUTES = List.of(Leerroute.Z.name(), Leerroute.B1.name(), Leerroute.ONDERWIJS.name());

    public record Rij(String id, String label, String eenheid, Map<String, Number> perGemeente) {
    }

    public record Tabel(String id, String titel, List<Rij> rijen) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager em;

    public Periodetabellen(NamedParameterJdbcTemplate jdbc, EntityManager em) {
        this.jdbc = jdbc;
        this.em = em;
    }

    /** Every table for these gemeenten (tenant ids) and period; values keyed by tenant id (absent = 0). */
    public List<Tabel> bereken(List<String> gemeenten, LocalDate van, LocalDate tot) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("g", gemeenten).addValue("van", van)
                .addValue("tot", tot);
        List<Tabel> tabellen = new ArrayList<>();
        tabellen.add(inburgeraars("statushouders", "Voortgang statushouders", STATUSHOUDERS, true, p));
        tabellen.add(inburgeraars("gezinsmigranten", "Gezinsmigranten", GEZINSMIGRANTEN, false, p));
        tabellen.add(leerroutes("leerroutes-statushouders", "Leerroute statushouders", STATUSHOUDERS, p));
        tabellen.add(leerroutes("leerroutes-gezinsmigranten", "Leerroute gezinsmigranten", GEZINSMIGRANTEN, p));
        tabellen.add(new Tabel("map", "MAP statushouders en gezinsmigranten", List.of(
                rij("afgerond", "Aantal afgerond", telTrajecten("map_traject", "", "afgerond", p)),
                rij("vrijstellingen", "Vrijstellingen", telTrajecten("map_traject", "and t.status = 'VRIJGESTELD' ",
                        "vrijstelling_datum", p)))));
        tabellen.add(new Tabel("pvt", "PVT statushouders en gezinsmigranten", List.of(
                rij("afgerond", "Afgerond", telTrajecten("pvt_traject", "", "ondertekend", p)))));
        tabellen.add(new Tabel("ontzorgen", "Financieel ontzorgen", List.of(
                rij("trajecten", "Aantal trajecten", telTrajecten("ontzorgen_traject", "", "bijstand_startdatum", p)),
                rij("verlengd", "Verlengd na zes maanden", tel("select d.gemeente, count(*) from ontzorgen_traject t "
                        + "join dossier d on d.id = t.dossier_id join ontzorgen_evaluatie e on e.traject_id = t.id "
                        + "and e.ronde = 1 and e.besluit = 'VRIJWILLIG_BUDGETBEHEER' where d.gemeente in (:g) "
                        + "and t.bijstand_startdatum >= :van and t.bijstand_startdatum < :tot group by d.gemeente", p)))));
        tabellen.add(new Tabel("begeleiding", "Maatschappelijke begeleiding", List.of(
                rij("gestart", "Gestart", telTrajecten("begeleiding_traject", "", "startdatum", p)),
                rij("verlengd", "Verlengd", telTrajecten("begeleiding_traject", "and t.verlengd = true ", "startdatum", p)))));
        tabellen.add(handhaving(p));
        tabellen.add(werk(p));
        return tabellen;
    }

    /** Tables 3 and 4: housed (statushouders), plichtig, PIP fixed, ended by coded reason. */
    private Tabel inburgeraars(String id, String titel, List<String> doelgroepen, boolean huisvesting,
                               MapSqlParameterSource basis) {
        MapSqlParameterSource p = kopie(basis).addValue("dg", doelgroepen);
        List<Rij> rijen = new ArrayList<>();
        if (huisvesting) {
            // housed: the first dossier of a person (a move or reopening is no new housing), by the housing date,
            // or the BRP registration where no housing was recorded
            rijen.add(rij("gehuisvest", "Aantal gehuisvest", tel("select gemeente, count(*) from dossier "
                    + "where gemeente in (:g) and doelgroep in (:dg) and vorig_dossier_id is null "
                    + "and coalesce(huisvestingsdatum, brp_inschrijvingsdatum) >= :van "
                    + "and coalesce(huisvestingsdatum, brp_inschrijvingsdatum) < :tot group by gemeente", p)));
            rijen.add(rij("ingeschrevenBrp", "Ingeschreven in de BRP", tel("select gemeente, count(*) from dossier "
                    + "where gemeente in (:g) and doelgroep in (:dg) and vorig_dossier_id is null "
                    + "and brp_inschrijvingsdatum >= :van and brp_inschrijvingsdatum < :tot group by gemeente", p)));
            rijen.add(rij("verwachtGehuisvest", "Verwacht gehuisvest (COA)", tel("select gemeente, count(*) from dossier "
                    + "where gemeente in (:g) and doelgroep in (:dg) and vorig_dossier_id is null "
                    + "and verwachte_huisvestingsdatum >= :van "
                    + "and verwachte_huisvestingsdatum < :tot group by gemeente", p)));
        }
        rijen.add(rij("plichtig", huisvesting ? "Aantal inburgeringsplichtige statushouders"
                : "Aantal inburgeringsplichtige gezinsmigranten", tel("select d.gemeente, count(*) from dossier d "
                + "left join dossier_overgang o on o.nieuw_dossier_id = d.id "
                + "where d.gemeente in (:g) and d.doelgroep in (:dg) and d.plichtig = true "
                + "and (o.id is null or o.soort = 'VERHUIZING') "
                + "and coalesce(o.datum, d.koppelingsdatum) >= :van and coalesce(o.datum, d.koppelingsdatum) < :tot "
                + "group by d.gemeente", p)));
        rijen.add(rij("pipVastgesteld", "PIP-beschikkingen vastgesteld", tel("select d.gemeente, count(*) "
                + eerstePip() + " group by d.gemeente", p)));
        Map<String, Map<String, Number>> perCode = telPerSleutel("select d.gemeente, d.afsluitreden_code, count(*) "
                + "from dossier d where d.gemeente in (:g) and d.doelgroep in (:dg) and d.afsluitreden_code is not null "
                + "and d.afgesloten_op >= :van and d.afgesloten_op < :tot group by d.gemeente, d.afsluitreden_code", p);
        Map<String, Number> totaal = new HashMap<>();
        Map<Beeindigingsreden.Categorie, Map<String, Number>> perCategorie = new LinkedHashMap<>();
        for (Beeindigingsreden.Categorie c : Beeindigingsreden.Categorie.values()) {
            perCategorie.put(c, new HashMap<>());
        }
        perCode.forEach((code, perGemeente) -> {
            Beeindigingsreden.Categorie c = Beeindigingsreden.valueOf(code).categorie();
            perGemeente.forEach((g, n) -> {
                perCategorie.get(c).merge(g, n.longValue(), (a, b) -> a.longValue() + b.longValue());
                totaal.merge(g, n.longValue(), (a, b) -> a.longValue() + b.longValue());
            });
        });
        rijen.add(rij("beeindigd", "(Tussentijds) beëindigd", totaal));
        perCategorie.forEach((c, waarden) -> rijen.add(rij("beeindigd." + c.name(), "Beëindigd: " + categorieLabel(c), waarden)));
        return new Tabel(id, titel, rijen);
    }

    /** Tables 5 and 6: per route the first PIPs fixed with it, the trajecten started, the plicht met on it. */
    private Tabel leerroutes(String id, String titel, List<String> doelgroepen, MapSqlParameterSource basis) {
        MapSqlParameterSource p = kopie(basis).addValue("dg", doelgroepen);
        Map<String, Map<String, Number>> vastgesteld = telPerSleutel("select d.gemeente, p.leerroute, count(*) "
                + eerstePip() + " group by d.gemeente, p.leerroute", p);
        Map<String, Map<String, Number>> gestart = telPerSleutel("select d.gemeente, t.leerroute, count(*) "
                + "from leerroute_traject t join dossier d on d.id = t.dossier_id where d.gemeente in (:g) "
                + "and d.doelgroep in (:dg) and t.startdatum >= :van and t.startdatum < :tot "
                + "group by d.gemeente, t.leerroute", p);
        Map<String, Map<String, Number>> voldaan = telPerSleutel("select d.gemeente, d.afsluitreden_code, count(*) "
                + "from dossier d where d.gemeente in (:g) and d.doelgroep in (:dg) "
                + "and d.afsluitreden_code in ('VOLDAAN_DIPLOMA', 'VOLDAAN_ONDERWIJSROUTE', 'VOLDAAN_Z_ROUTE') "
                + "and d.afgesloten_op >= :van and d.afgesloten_op < :tot group by d.gemeente, d.afsluitreden_code", p);
        Map<String, Map<String, Number>> afgerond = new HashMap<>();
        voldaan.forEach((code, waarden) -> afgerond.put(VOLDAAN_ROUTE.get(code), waarden));
        List<Rij> rijen = new ArrayList<>();
        for (String route : ROUTES) {
            String naam = routeNaam(route);
            rijen.add(rij(route + ".vastgesteld", naam + " vastgesteld", vastgesteld.getOrDefault(route, Map.of())));
            rijen.add(rij(route + ".gestart", naam + " gestart", gestart.getOrDefault(route, Map.of())));
            rijen.add(rij(route + ".afgerond", naam + " afgerond", afgerond.getOrDefault(route, Map.of())));
        }
        return new Tabel(id, titel, rijen);
    }

    /** Cases started, waarschuwingen given, fines imposed (beschikking dated, not annulled on bezwaar) and their sum. */
    private Tabel handhaving(MapSqlParameterSource p) {
        String boetes = "from handhaving_zaak z join dossier d on d.id = z.dossier_id where d.gemeente in (:g) "
                + "and z.besluit = 'BOETE' and z.dagtekening >= :van and z.dagtekening < :tot "
                + "and (z.bezwaar_uitkomst is null or z.bezwaar_uitkomst <> 'GEGROND') group by d.gemeente";
        Map<String, Number> bedrag = new HashMap<>();
        jdbc.query("select d.gemeente, sum(z.boete_bedrag) " + boetes, p, rs -> {
            BigDecimal som = rs.getBigDecimal(2);
            bedrag.put(rs.getString(1), som == null ? BigDecimal.ZERO : som.setScale(2, java.math.RoundingMode.HALF_UP));
        });
        return new Tabel("handhaving", "Handhaving", List.of(
                rij("zaken", "Handhavingszaken gestart", zakenGestart(p)),
                rij("waarschuwingen", "Waarschuwingen", tel("select d.gemeente, count(*) from handhaving_zaak z "
                        + "join dossier d on d.id = z.dossier_id where d.gemeente in (:g) "
                        + "and z.waarschuwing_datum >= :van and z.waarschuwing_datum < :tot group by d.gemeente", p)),
                rij("boetes", "Boetes opgelegd", tel("select d.gemeente, count(*) " + boetes, p)),
                new Rij("boetebedrag", "Boetes: bedrag", "euro", bedrag)));
    }

    /**
     * Cases by the moment they started (an instant): counted in JPQL so that the instants compare exactly as
     * Hibernate stored them, from midnight (Europe/Amsterdam) of {@code van} to that of {@code tot}.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Number> zakenGestart(MapSqlParameterSource p) {
        LocalDate van = (LocalDate) p.getValue("van");
        LocalDate tot = (LocalDate) p.getValue("tot");
        List<Object[]> rijen = em.createQuery("select d.gemeente, count(z) from HandhavingZaak z, Dossier d "
                        + "where d.id = z.dossierId and d.gemeente in :g and z.gestartOp >= :van and z.gestartOp < :tot "
                        + "group by d.gemeente")
                .setParameter("g", p.getValue("g"))
                .setParameter("van", van.atStartOfDay(Tijd.ZONE).toInstant())
                .setParameter("tot", tot.atStartOfDay(Tijd.ZONE).toInstant()).getResultList();
        Map<String, Number> uitkomst = new HashMap<>();
        rijen.forEach(r -> uitkomst.put((String) r[0], ((Number) r[1]).longValue()));
        return uitkomst;
    }

    /** Table 10: the persons whose voortgangsgesprek in the period recorded each kind of work or participation. */
    private Tabel werk(MapSqlParameterSource p) {
        Map<String, Map<String, Number>> perSoort = telPerSleutel("select d.gemeente, v.participatie, "
                + "count(distinct v.dossier_id) from voortgangsgesprek v join dossier d on d.id = v.dossier_id "
                + "where d.gemeente in (:g) and v.datum >= :van and v.datum < :tot and v.participatie <> 'GEEN' "
                + "group by d.gemeente, v.participatie", p);
        List<Rij> rijen = new ArrayList<>();
        for (Voortgangsgesprek.Participatie soort : Voortgangsgesprek.Participatie.values()) {
            if (soort != Voortgangsgesprek.Participatie.GEEN) {
                rijen.add(rij(soort.name(), participatieLabel(soort), perSoort.getOrDefault(soort.name(), Map.of())));
            }
        }
        return new Tabel("werk", "Werk en participatie", rijen);
    }

    /** The first fixed PIP of a dossier of these doelgroepen, dated in the period; a taken-over PIP is no new one. */
    private static String eerstePip() {
        return "from dossier d "
                + "join (select dossier_id, min(versie) as eerste from pip_versie where status = 'VASTGESTELD' "
                + "and dagtekening >= :van and dagtekening < :tot group by dossier_id) f on f.dossier_id = d.id "
                + "join pip_versie p on p.dossier_id = d.id and p.versie = f.eerste "
                + "left join pip_overname po on po.dossier_id = d.id "
                + "where d.gemeente in (:g) and d.doelgroep in (:dg) and po.id is null "
                + "and p.dagtekening >= :van and p.dagtekening < :tot "
                + "and not exists (select 1 from pip_versie e where e.dossier_id = d.id and e.status = 'VASTGESTELD' "
                + "and e.versie < p.versie)";
    }

    private static MapSqlParameterSource kopie(MapSqlParameterSource p) {
        return new MapSqlParameterSource(p.getValues());
    }

    private static Rij rij(String id, String label, Map<String, Number> waarden) {
        return new Rij(id, label, "aantal", waarden);
    }

    /** {@code select gemeente, count ...}: count per gemeente. */
    /** Trajects of one table per gemeente ("t", joined to its dossier "d") whose date column lies in the period. */
    private Map<String, Number> telTrajecten(String tabel, String voorwaarde, String datumKolom,
                                             MapSqlParameterSource p) {
        return tel("select d.gemeente, count(*) from " + tabel + " t join dossier d on d.id = t.dossier_id "
                + "where d.gemeente in (:g) " + voorwaarde + "and t." + datumKolom + " >= :van and t." + datumKolom
                + " < :tot group by d.gemeente", p);
    }

    private Map<String, Number> tel(String sql, MapSqlParameterSource p) {
        Map<String, Number> uitkomst = new HashMap<>();
        jdbc.query(sql, p, rs -> {
            uitkomst.put(rs.getString(1), rs.getLong(2));
        });
        return uitkomst;
    }

    /** {@code select gemeente, key, count ...}: count per key and gemeente. */
    private Map<String, Map<String, Number>> telPerSleutel(String sql, MapSqlParameterSource p) {
        Map<String, Map<String, Number>> uitkomst = new HashMap<>();
        jdbc.query(sql, p, rs -> {
            uitkomst.computeIfAbsent(rs.getString(2), k -> new HashMap<>()).put(rs.getString(1), rs.getLong(3));
        });
        return uitkomst;
    }

    static String routeNaam(String route) {
        return switch (route) {
            case "Z" -> "Z-route";
            case "B1" -> "B1-route";
            default -> "Onderwijsroute";
        };
    }

    private static String categorieLabel(Beeindigingsreden.Categorie c) {
        return switch (c) {
            case VOLDAAN -> "plicht voldaan";
            case VRIJSTELLING -> "vrijstelling";
            case ONTHEFFING -> "ontheffing";
            case INGETROKKEN -> "plicht vervallen";
            case OVERLEDEN -> "overleden";
            case VERTROKKEN -> "vertrokken uit Nederland";
            case VERHUISD -> "verhuisd";
            case GEEN_PLICHT -> "geen inburgeringsplicht";
        };
    }

    private static String participatieLabel(Voortgangsgesprek.Participatie soort) {
        return switch (soort) {
            case ORIENTATIE_WERK_STAGE -> "Oriëntatie op (werk)stage";
            case WERKSTAGE -> "Werkstage";
            case VRIJWILLIGERSWERK -> "Vrijwilligerswerk";
            case BETAALDE_BAAN -> "Betaalde baan (fulltime of parttime)";
            case OPLEIDING -> "Opleiding";
            default -> soort.name();
        };
    }
}
