package nl.regie.inburgering.rapportage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SPUK forecast per gemeente and year, as the rekentool SPUK computes it: the payment in year t is, for the
 * inburgeringsplichtige asielstatushouders housed in t, t-1 and t-2, the amount of their year after housing (t, t+1,
 * t+2), plus the gezins- and overige migranten of year t times their amount. The numbers per year of housing come
 * from our dossiers ({@code DATA}) or from the prognosis the gemeente entered ({@code PROGNOSE}, which wins).
 * Exact decimals; the rekentool shows them rounded to the euro.
 */
@Component
public class Spuk {

    public enum Bron { DATA, PROGNOSE, GEEN, GEMENGD }

    /** What one gemeente had (or expects) in one year of housing. */
    public record Invoer(Bron bron, long gehuisvest, BigDecimal plichtig, BigDecimal gezinsmigranten, BigDecimal aandeel) {
        static final Invoer GEEN = new Invoer(Bron.GEEN, 0, BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Uitkering(BigDecimal asielJaarT, BigDecimal asielJaarT1, BigDecimal asielJaarT2,
                            BigDecimal gezinsmigranten, BigDecimal totaal) {
    }

    public record PerHuisvestingsjaar(int huisvestingsjaar, BigDecimal bedrag) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Jaar(int jaar, Bron bron, long gehuisvest, BigDecimal asielstatushoudersPlichtig,
                       BigDecimal gezinsmigranten, BigDecimal aandeelPlichtig, Uitkering uitkering,
                       List<PerHuisvestingsjaar> perHuisvestingsjaar) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SpukInstellingen instellingen;
    private final SpukPrognoses prognoses;

    public Spuk(NamedParameterJdbcTemplate jdbc, SpukInstellingen instellingen, SpukPrognoses prognoses) {
        this.jdbc = jdbc;
        this.instellingen = instellingen;
        this.prognoses = prognoses;
    }

    public SpukInstellingen instellingen() {
        return instellingen;
    }

    /** Per gemeente (tenant id) the inputs of the years vanJaar-2 .. totJaar: prognosis, else data up to this year. */
    public Map<String, Map<Integer, Invoer>> invoer(List<String> gemeenten, int vanJaar, int totJaar, int ditJaar) {
        MapSqlParameterSource p = new MapSqlParameterSource("g", gemeenten)
                .addValue("van", LocalDate.of(vanJaar - 2, 1, 1)).addValue("tot", LocalDate.of(totJaar + 1, 1, 1));
        Map<String, Map<Integer, long[]>> data = new HashMap<>();
        // asielstatushouders (and nareizigers) housed in the year; the first dossier of a person only
        // (housing date, or the BRP registration where no housing was recorded)
        String huisvesting = "coalesce(huisvestingsdatum, brp_inschrijvingsdatum)";
        jdbc.query("select gemeente, extract(year from " + huisvesting + ") as jaar, count(*) as gehuisvest, "
                + "sum(case when plichtig = true then 1 else 0 end) as plichtig from dossier "
                + "where gemeente in (:g) and doelgroep in ('ASIELSTATUSHOUDER', 'NAREIZIGER') and vorig_dossier_id is null "
                + "and " + huisvesting + " >= :van and " + huisvesting + " < :tot "
                + "group by gemeente, extract(year from " + huisvesting + ")", p, rs -> {
            long[] w = data.computeIfAbsent(rs.getString("gemeente"), g -> new HashMap<>())
                    .computeIfAbsent(rs.getInt("jaar"), j -> new long[3]);
            w[0] = rs.getLong("gehuisvest");
            w[1] = rs.getLong("plichtig");
        });
        // inburgeringsplichtige gezinsmigranten by the year of their koppeling
        jdbc.query("select gemeente, extract(year from koppelingsdatum) as jaar, count(*) as aantal from dossier "
                + "where gemeente in (:g) and doelgroep = 'GEZINSMIGRANT' and plichtig = true and vorig_dossier_id is null "
                + "and koppelingsdatum >= :van and koppelingsdatum < :tot "
                + "group by gemeente, extract(year from koppelingsdatum)", p, rs -> {
            data.computeIfAbsent(rs.getString("gemeente"), g -> new HashMap<>())
                    .computeIfAbsent(rs.getInt("jaar"), j -> new long[3])[2] = rs.getLong("aantal");
        });
        Map<String, Map<Integer, SpukPrognoses.Prognose>> ingevoerd = new HashMap<>();
        prognoses.van(gemeenten).forEach(pr -> ingevoerd.computeIfAbsent(pr.gemeente(), g -> new HashMap<>()).put(pr.jaar(), pr));

        Map<String, Map<Integer, Invoer>> uitkomst = new LinkedHashMap<>();
        for (String gemeente : gemeenten) {
            Map<Integer, Invoer> perJaar = new HashMap<>();
            for (int jaar = vanJaar - 2; jaar <= totJaar; jaar++) {
                SpukPrognoses.Prognose pr = ingevoerd.getOrDefault(gemeente, Map.of()).get(jaar);
                long[] w = data.getOrDefault(gemeente, Map.of()).get(jaar);
                if (pr != null) {
                    perJaar.put(jaar, new Invoer(Bron.PROGNOSE, pr.huisvestingstaakstelling(),
                            BigDecimal.valueOf(pr.huisvestingstaakstelling()).multiply(pr.aandeelPlichtig()),
                            BigDecimal.valueOf(pr.gezinsmigranten()), pr.aandeelPlichtig()));
                } else if (jaar <= ditJaar) {
                    perJaar.put(jaar, w == null ? new Invoer(Bron.DATA, 0, BigDecimal.ZERO, BigDecimal.ZERO, null)
                            : new Invoer(Bron.DATA, w[0], BigDecimal.valueOf(w[1]), BigDecimal.valueOf(w[2]), null));
                } else {
                    perJaar.put(jaar, Invoer.GEEN);
                }
            }
            uitkomst.put(gemeente, perJaar);
        }
        return uitkomst;
    }

    /** The payments of the years vanJaar .. totJaar from the inputs per year of housing (vanJaar-2 .. totJaar). */
    public List<Jaar> bereken(Map<Integer, Invoer> invoer, int vanJaar, int totJaar) {
        List<Jaar> jaren = new ArrayList<>();
        for (int t = vanJaar; t <= totJaar; t++) {
            BigDecimal[] asiel = new BigDecimal[3];
            List<PerHuisvestingsjaar> perHuisvesting = new ArrayList<>();
            for (int k = 0; k <= 2; k++) {
                int h = t - k;
                int n = k;
                Invoer in = invoer.getOrDefault(h, Invoer.GEEN);
                BigDecimal bedrag = instellingen.voorHuisvestingsjaar(h)
                        .map(b -> in.plichtig().multiply(b.asielJaar(n))).orElse(BigDecimal.ZERO);
                asiel[k] = euro(bedrag);
                perHuisvesting.add(new PerHuisvestingsjaar(h, asiel[k]));
            }
            Invoer dit = invoer.getOrDefault(t, Invoer.GEEN);
            BigDecimal gezins = euro(instellingen.voorHuisvestingsjaar(t)
                    .map(b -> dit.gezinsmigranten().multiply(b.getGezinsmigrant())).orElse(BigDecimal.ZERO));
            BigDecimal totaal = asiel[0].add(asiel[1]).add(asiel[2]).add(gezins);
            jaren.add(new Jaar(t, dit.bron(), dit.gehuisvest(), dit.plichtig().setScale(1, RoundingMode.HALF_UP),
                    dit.gezinsmigranten().setScale(1, RoundingMode.HALF_UP), dit.aandeel(),
                    new Uitkering(asiel[0], asiel[1], asiel[2], gezins, totaal), perHuisvesting));
        }
        return jaren;
    }

    /** The region: the gemeenten's years summed (the source GEMENGD when they differ). */
    static List<Jaar> optellen(List<List<Jaar>> perGemeente) {
        List<Jaar> som = new ArrayList<>(perGemeente.get(0));
        for (List<Jaar> gemeente : perGemeente.subList(1, perGemeente.size())) {
            for (int i = 0; i < som.size(); i++) {
                Jaar a = som.get(i);
                Jaar b = gemeente.get(i);
                List<PerHuisvestingsjaar> per = new ArrayList<>();
                for (int k = 0; k < a.perHuisvestingsjaar().size(); k++) {
                    per.add(new PerHuisvestingsjaar(a.perHuisvestingsjaar().get(k).huisvestingsjaar(),
                            a.perHuisvestingsjaar().get(k).bedrag().add(b.perHuisvestingsjaar().get(k).bedrag())));
                }
                som.set(i, new Jaar(a.jaar(), a.bron() == b.bron() ? a.bron() : Bron.GEMENGD,
                        a.gehuisvest() + b.gehuisvest(), a.asielstatushoudersPlichtig().add(b.asielstatushoudersPlichtig()),
                        a.gezinsmigranten().add(b.gezinsmigranten()), null,
                        new Uitkering(a.uitkering().asielJaarT().add(b.uitkering().asielJaarT()),
                                a.uitkering().asielJaarT1().add(b.uitkering().asielJaarT1()),
                                a.uitkering().asielJaarT2().add(b.uitkering().asielJaarT2()),
                                a.uitkering().gezinsmigranten().add(b.uitkering().gezinsmigranten()),
                                a.uitkering().totaal().add(b.uitkering().totaal())), per));
            }
        }
        return som;
    }

    private static BigDecimal euro(BigDecimal bedrag) {
        return bedrag.setScale(2, RoundingMode.HALF_UP);
    }
}
