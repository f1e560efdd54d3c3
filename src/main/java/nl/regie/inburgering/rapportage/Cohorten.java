package nl.regie.inburgering.rapportage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cohorts and the policy targets: persons grouped by the month (or quarter) their inburgeringstermijn started (or
 * their koppeling), and per cohort whether each measure was reached within its window. Computed with SQL aggregates
 * per calendar month (no dossier is loaded); months fold into quarters in Java. A measure whose window has not ended
 * for some persons is "tot nu toe": its percentage stays empty until no one is running.
 *
 * <p>A person is one chain of dossiers: a dossier followed by another (moved within this installation, reopened)
 * is left out, its follow-up counts. Only inburgeringsplichtige dossiers count.
 */
@Component
public class Cohorten {

    public enum Indeling { KWARTAAL, MAAND }

    public enum Basis { TERMIJNSTART, KOPPELING }

    /** One measure of a cohort. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Maat(long behaald, long beoordeeld, long lopend, BigDecimal percentage, boolean totNuToe, Integer doel) {
        static Maat van(long behaald, long beoordeeld, long lopend, Integer doel) {
            BigDecimal percentage = lopend == 0 && beoordeeld > 0
                    ? BigDecimal.valueOf(behaald * 100L).divide(BigDecimal.valueOf(beoordeeld), 1, RoundingMode.HALF_UP)
                    : null;
            return new Maat(behaald, beoordeeld, lopend, percentage, lopend > 0, doel);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Cohort(String cohort, LocalDate van, LocalDate tot, long aantal, Maat pipBinnenTienWeken,
                         BigDecimal pipMediaanDagen, Maat pvtBinnenJaar1, Maat mapBinnenTermijn,
                         Map<String, Maat> plichtBinnenTermijn, Maat zelfredzaamNaOntzorgen,
                         Map<String, Maat> uitstroomWerkOfOnderwijs) {
    }

    /** The measures' column names in the aggregate query; each has _b (reached), _d (decided), _l (running). */
    private static final List<String> MATEN = List.of("pip", "pvt", "map", "plicht_B1", "plicht_Z", "plicht_ONDERWIJS",
            "oz", "uit_B1", "uit_Z", "uit_ONDERWIJS");

    private final NamedParameterJdbcTemplate jdbc;
    private final Beleidsdoelen doelen;

    public Cohorten(NamedParameterJdbcTemplate jdbc, Beleidsdoelen doelen) {
        this.jdbc = jdbc;
        this.doelen = doelen;
    }

    public List<Cohort> bereken(List<String> gemeenten, LocalDate van, LocalDate tot, Indeling indeling, Basis basis,
                                LocalDate peil) {
        String start = basis == Basis.TERMIJNSTART ? "d.inburgeringstermijn_start" : "d.koppelingsdatum";
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("g", gemeenten).addValue("van", van)
                .addValue("tot", tot).addValue("peil", peil);

        // per calendar month: the sums of every measure
        Map<LocalDate, long[]> perMaand = new TreeMap<>();
        jdbc.query(aggregaat(start), p, rs -> {
            LocalDate maand = LocalDate.of(rs.getInt("jaar"), rs.getInt("maand"), 1);
            long[] sommen = new long[1 + MATEN.size() * 3];
            sommen[0] = rs.getLong("aantal");
            for (int i = 0; i < MATEN.size(); i++) {
                sommen[1 + i * 3] = rs.getLong(MATEN.get(i) + "_b");
                sommen[2 + i * 3] = rs.getLong(MATEN.get(i) + "_d");
                sommen[3 + i * 3] = rs.getLong(MATEN.get(i) + "_l");
            }
            perMaand.put(maand, sommen);
        });
        // per calendar month: how many fixed first PIPs took how many days (for the median)
        Map<LocalDate, TreeMap<Integer, Long>> dagenPerMaand = new TreeMap<>();
        jdbc.query(pipDagen(start), p, rs -> {
            LocalDate maand = LocalDate.of(rs.getInt("jaar"), rs.getInt("maand"), 1);
            dagenPerMaand.computeIfAbsent(maand, m -> new TreeMap<>()).merge(rs.getInt("dagen"), rs.getLong("aantal"), Long::sum);
        });

        List<Cohort> cohorten = new ArrayList<>();
        for (LocalDate cohortStart = begin(van, indeling); cohortStart.isBefore(tot); cohortStart = volgende(cohortStart, indeling)) {
            LocalDate cohortEinde = volgende(cohortStart, indeling);
            long[] som = new long[1 + MATEN.size() * 3];
            TreeMap<Integer, Long> dagen = new TreeMap<>();
            for (LocalDate maand = cohortStart; maand.isBefore(cohortEinde); maand = maand.plusMonths(1)) {
                long[] m = perMaand.get(maand);
                if (m != null) {
                    for (int i = 0; i < som.length; i++) {
                        som[i] += m[i];
                    }
                }
                dagenPerMaand.getOrDefault(maand, new TreeMap<>()).forEach((d, n) -> dagen.merge(d, n, Long::sum));
            }
            Map<String, Maat> plicht = new LinkedHashMap<>();
            Map<String, Maat> uitstroom = new LinkedHashMap<>();
            for (String route : List.of("B1", "Z", "ONDERWIJS")) {
                plicht.put(route, maat(som, "plicht_" + route, doelen.plicht(route)));
                uitstroom.put(route, maat(som, "uit_" + route, doelen.uitstroom(route)));
            }
            cohorten.add(new Cohort(label(cohortStart, indeling), max(cohortStart, van), min(cohortEinde, tot), som[0],
                    maat(som, "pip", null), mediaan(dagen), maat(som, "pvt", null), maat(som, "map", null), plicht,
                    maat(som, "oz", doelen.getZelfredzaamNaOntzorgen()), uitstroom));
        }
        return cohorten;
    }

    private static Maat maat(long[] som, String naam, Integer doel) {
        int i = MATEN.indexOf(naam);
        return Maat.van(som[1 + i * 3], som[2 + i * 3], som[3 + i * 3], doel);
    }

    /** The median of the day counts (the middle one, or the mean of the two middle ones), one decimal; null if none. */
    static BigDecimal mediaan(TreeMap<Integer, Long> dagen) {
        long n = dagen.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        long laag = (n - 1) / 2;  // 0-based positions of the middle one(s)
        long hoog = n / 2;
        Integer a = null;
        Integer b = null;
        long positie = 0;
        for (Map.Entry<Integer, Long> e : dagen.entrySet()) {
            long tot = positie + e.getValue();
            if (a == null && laag < tot) {
                a = e.getKey();
            }
            if (b == null && hoog < tot) {
                b = e.getKey();
                break;
            }
            positie = tot;
        }
        return BigDecimal.valueOf(a + b).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /**
     * The persons of the cohorts with, per measure, reached (_b), decided (_d: reached, or its window ended) and
     * running (_l: window not ended, not reached, dossier open). A dossier that ended for another reason than
     * "voldaan" before a window ended is neither decided nor running for that measure. Windows (exclusive ends):
     * PIP the limit of the ten weeks + 1 day; PVT the term's start + 1 year; MAP, plicht and outflow the term's end.
     */
    private static String aggregaat(String start) {
        StringBuilder sql = new StringBuilder("select jaar, maand, count(*) as aantal");
        for (String m : MATEN) {
            String b = m + "_b";
            String e = m + "_e";
            String telt = m + "_t";
            sql.append(", sum(case when ").append(telt).append(" = 1 and ").append(b).append(" = 1 then 1 else 0 end) as ").append(b);
            sql.append(", sum(case when ").append(telt).append(" = 1 and (").append(b).append(" = 1 ")
                    .append("or (afgesloten is null and ").append(e).append(" <= :peil) ")
                    .append("or (afgesloten is not null and (voldaan = 1 or (").append(e).append(" is not null and afgesloten >= ")
                    .append(e).append(")))) then 1 else 0 end) as ").append(m).append("_d");
            sql.append(", sum(case when ").append(telt).append(" = 1 and ").append(b).append(" = 0 and afgesloten is null ")
                    .append("and (").append(e).append(" is null or ").append(e).append(" > :peil) then 1 else 0 end) as ")
                    .append(m).append("_l");
        }
        sql.append(" from (select jaar, maand, afgesloten, voldaan")
                // PIP within the ten weeks: not for a taken-over PIP (its ten weeks ran elsewhere)
                .append(", case when overname = 0 then 1 else 0 end as pip_t")
                .append(", case when pip_dag is not null and pip_uiterlijk is not null and pip_dag <= pip_uiterlijk then 1 else 0 end as pip_b")
                .append(", pip_uiterlijk + interval '1' day as pip_e")
                // PVT within year 1 of the term
                .append(", 1 as pvt_t")
                .append(", case when pvt is not null and tstart is not null and pvt < tstart + interval '1' year then 1 else 0 end as pvt_b")
                .append(", tstart + interval '1' year as pvt_e")
                // MAP within the term: B1 and Z, unless exempted or lapsed
                .append(", case when route in ('B1', 'Z') and (map_status is null or map_status not in ('VRIJGESTELD', 'VERVALLEN')) then 1 else 0 end as map_t")
                .append(", case when map_af is not null and teinde is not null and map_af < teinde then 1 else 0 end as map_b")
                .append(", teinde as map_e");
        for (String route : List.of("B1", "Z", "ONDERWIJS")) {
            sql.append(", case when route = '").append(route).append("' then 1 else 0 end as plicht_").append(route).append("_t")
                    .append(", case when voldaan = 1 and teinde is not null and afgesloten < teinde then 1 else 0 end as plicht_").append(route).append("_b")
                    .append(", teinde as plicht_").append(route).append("_e")
                    .append(", case when route = '").append(route).append("' then 1 else 0 end as uit_").append(route).append("_t")
                    .append(", case when uitstroom is not null and teinde is not null and uitstroom < teinde then 1 else 0 end as uit_").append(route).append("_b")
                    .append(", teinde as uit_").append(route).append("_e");
        }
        // self-reliant after six months of ontzorgen: the first evaluation stopped the withholding
        // (a traject that ended without an evaluation, e.g. because the bijstand ended, is left out)
        sql.append(", case when oz_id is not null and (oz_eerste is not null or oz_status <> 'BEEINDIGD') then 1 else 0 end as oz_t")
                .append(", case when oz_eerste = 'STOPPEN' then 1 else 0 end as oz_b")
                .append(", case when oz_eerste is not null then date '1900-01-01' else date '9999-12-31' end as oz_e")
                .append(" from (").append(personen(start)).append(") x) y group by jaar, maand");
        return sql.toString();
    }

    private static String pipDagen(String start) {
        return "select jaar, maand, dagen, count(*) as aantal from (select jaar, maand, "
                + "cast((extract(epoch from cast(pip_dag as timestamp)) - extract(epoch from cast(pip_start as timestamp))) / 86400 as integer) as dagen "
                + "from (" + personen(start) + ") x where overname = 0 and pip_dag is not null and pip_start is not null) y "
                + "group by jaar, maand, dagen";
    }

    /**
     * One row per person of the cohorts with the raw facts the measures need: outer joins on the tracks (one row per
     * dossier each, or grouped per dossier first), so that every table is read once, also at national scale.
     */
    private static String personen(String start) {
        return "select extract(year from " + start + ") as jaar, extract(month from " + start + ") as maand, "
                + "d.afgesloten_op as afgesloten, "
                + "case when d.afsluitreden_code in ('VOLDAAN_DIPLOMA', 'VOLDAAN_ONDERWIJSROUTE', 'VOLDAAN_Z_ROUTE') then 1 else 0 end as voldaan, "
                + "d.pip_termijn_start as pip_start, d.pip_uiterlijke_datum as pip_uiterlijk, "
                + "d.inburgeringstermijn_start as tstart, d.inburgeringstermijn_einde as teinde, "
                + "pa.pip_dag as pip_dag, case when po.id is null then 0 else 1 end as overname, pl.leerroute as route, "
                + "pvt.ondertekend as pvt, map.afgerond as map_af, map.status as map_status, "
                + "oz.id as oz_id, oz.status as oz_status, ev.besluit as oz_eerste, vg.uitstroom as uitstroom "
                + "from dossier d "
                + "left join (select dossier_id, min(dagtekening) as pip_dag, max(versie) as laatste from pip_versie "
                + "where status = 'VASTGESTELD' group by dossier_id) pa on pa.dossier_id = d.id "
                + "left join pip_versie pl on pl.dossier_id = d.id and pl.versie = pa.laatste "
                + "left join pip_overname po on po.dossier_id = d.id "
                + "left join pvt_traject pvt on pvt.dossier_id = d.id "
                + "left join map_traject map on map.dossier_id = d.id "
                + "left join ontzorgen_traject oz on oz.dossier_id = d.id "
                + "left join ontzorgen_evaluatie ev on ev.traject_id = oz.id and ev.ronde = 1 "
                + "left join (select dossier_id, min(datum) as uitstroom from voortgangsgesprek "
                + "where participatie in ('BETAALDE_BAAN', 'OPLEIDING') group by dossier_id) vg on vg.dossier_id = d.id "
                + "where d.gemeente in (:g) and d.plichtig = true "
                + "and not exists (select 1 from dossier n where n.vorig_dossier_id = d.id) "
                + "and " + start + " >= :van and " + start + " < :tot";
    }

    static LocalDate begin(LocalDate dag, Indeling indeling) {
        LocalDate maand = dag.withDayOfMonth(1);
        return indeling == Indeling.MAAND ? maand : maand.withMonth((maand.getMonthValue() - 1) / 3 * 3 + 1);
    }

    private static LocalDate volgende(LocalDate begin, Indeling indeling) {
        return begin.plusMonths(indeling == Indeling.MAAND ? 1 : 3);
    }

    static String label(LocalDate begin, Indeling indeling) {
        return indeling == Indeling.MAAND ? String.format("%d-%02d", begin.getYear(), begin.getMonthValue())
                : begin.getYear() + "-K" + ((begin.getMonthValue() - 1) / 3 + 1);
    }

    private static LocalDate max(LocalDate a, LocalDate b) { return a.isAfter(b) ? a : b; }

    private static LocalDate min(LocalDate a, LocalDate b) { return a.isBefore(b) ? a : b; }
}
