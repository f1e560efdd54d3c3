package nl.regie.inburgering.rapportage;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.NietGevondenException;
import nl.regie.inburgering.web.OngeldigVerzoekException;
import nl.regie.inburgering.web.Validatie;

/**
 * The voortgangsrapportage over our API ({@code /api/rapportage}, contract in docs/rapportage-api.md): the seed-004
 * tables for a period, the cohorts against the policy targets, the SPUK forecast and the prognosis a gemeente enters.
 * Only the procesbeheerder and the teamleider, only for the gemeenten they serve (403 otherwise, nothing computed).
 * JSON, or CSV with {@code formaat=csv} or {@code Accept: text/csv}. Only aggregates leave: no personal data.
 */
@RestController
@RequestMapping("/api/rapportage")
public class RapportageController {

    static final List<String> LEZERS = List.of(Rollen.PROCESBEHEERDER, Rollen.TEAMLEIDER);
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final int MAX_JAREN_PERIODE = 10;
    private static final int MAX_JAREN_SPUK = 15;

    public record GemeenteKolom(String code, String naam) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RijAntwoord(String id, String label, String eenheid, List<Number> waarden, Number totaal) {
    }

    public record TabelAntwoord(String id, String titel, List<RijAntwoord> rijen) {
    }

    public record TabellenAntwoord(LocalDate van, LocalDate tot, List<GemeenteKolom> gemeenten, List<TabelAntwoord> tabellen) {
    }

    public record CohortenAntwoord(Cohorten.Indeling indeling, Cohorten.Basis basis, LocalDate peildatum,
                                   List<GemeenteKolom> gemeenten, Map<String, Integer> doelen,
                                   List<Cohorten.Cohort> cohorten) {
    }

    public record GemeenteTotaal(int jaar, BigDecimal totaal) {
    }

    public record GemeenteJaren(String code, List<GemeenteTotaal> jaren) {
    }

    public record SpukAntwoord(List<GemeenteKolom> gemeenten, List<SpukInstellingen.Bedragen> bedragen,
                               List<Spuk.Jaar> jaren, List<GemeenteJaren> perGemeente) {
    }

    public record PrognoseVerzoek(Integer huisvestingstaakstelling, Integer gezinsmigranten, BigDecimal aandeelPlichtig) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PrognoseAntwoord(String gemeente, int jaar, int huisvestingstaakstelling, int gezinsmigranten,
                                   BigDecimal aandeelPlichtig, String vastgelegdDoor, Instant vastgelegdOp) {
        static PrognoseAntwoord van(SpukPrognoses.Prognose p) {
            return new PrognoseAntwoord(p.gemeente().substring(2), p.jaar(), p.huisvestingstaakstelling(),
                    p.gezinsmigranten(), p.aandeelPlichtig(), p.vastgelegdDoor(), p.vastgelegdOp());
        }
    }

    private final Gemeenten gemeenten;
    private final Periodetabellen periodetabellen;
    private final Cohorten cohorten;
    private final Spuk spuk;
    private final SpukPrognoses prognoses;
    private final Beleidsdoelen doelen;

    public RapportageController(Gemeenten gemeenten, Periodetabellen periodetabellen, Cohorten cohorten, Spuk spuk,
                                SpukPrognoses prognoses, Beleidsdoelen doelen) {
        this.gemeenten = gemeenten;
        this.periodetabellen = periodetabellen;
        this.cohorten = cohorten;
        this.spuk = spuk;
        this.prognoses = prognoses;
        this.doelen = doelen;
    }

    @GetMapping("/tabellen")
    public ResponseEntity<?> tabellen(@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
                                      @RequestParam(required = false) List<String> gemeente,
                                      @RequestParam(required = false) String formaat,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                      @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        List<Gemeente> kolommen = gemeenten(gebruiker, gemeente);
        boolean csv = csv(formaat, accept);
        Validatie v = new Validatie();
        LocalDate vanDatum = datum(v, "van", van, true);
        LocalDate totDatum = datum(v, "tot", tot, true);
        periode(v, vanDatum, totDatum, MAX_JAREN_PERIODE);
        v.controleer();
        List<String> tenants = kolommen.stream().map(Gemeente::tenantId).toList();
        List<TabelAntwoord> tabellen = periodetabellen.bereken(tenants, vanDatum, totDatum).stream()
                .map(t -> new TabelAntwoord(t.id(), t.titel(), t.rijen().stream().map(r -> rij(r, tenants)).toList()))
                .toList();
        TabellenAntwoord antwoord = new TabellenAntwoord(vanDatum, totDatum, kolommen(kolommen), tabellen);
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(antwoord);
        }
        Csv uit = new Csv();
        List<String> kop = new ArrayList<>(List.of("tabel", "rij", "label"));
        kolommen.forEach(k -> kop.add(k.naam()));
        kop.add("Totaal");
        uit.regel(kop);
        for (TabelAntwoord t : tabellen) {
            for (RijAntwoord r : t.rijen()) {
                List<Object> regel = new ArrayList<>(List.of(t.id(), r.id(), r.label()));
                regel.addAll(r.waarden());
                regel.add(r.totaal());
                uit.regel(regel);
            }
        }
        return csvAntwoord(uit, "rapportage-tabellen-" + vanDatum + "-" + totDatum + ".csv");
    }

    @GetMapping("/cohorten")
    public ResponseEntity<?> cohorten(@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
                                      @RequestParam(required = false) List<String> gemeente,
                                      @RequestParam(required = false) String indeling,
                                      @RequestParam(required = false) String basis,
                                      @RequestParam(required = false) String peildatum,
                                      @RequestParam(required = false) String formaat,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                      @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        List<Gemeente> kolommen = gemeenten(gebruiker, gemeente);
        boolean csv = csv(formaat, accept);
        Validatie v = new Validatie();
        LocalDate vanDatum = datum(v, "van", van, true);
        LocalDate totDatum = datum(v, "tot", tot, true);
        periode(v, vanDatum, totDatum, MAX_JAREN_PERIODE);
        Cohorten.Indeling deling = keuze(v, "indeling", indeling, Cohorten.Indeling.class, Cohorten.Indeling.KWARTAAL);
        Cohorten.Basis grond = keuze(v, "basis", basis, Cohorten.Basis.class, Cohorten.Basis.TERMIJNSTART);
        LocalDate peil = datum(v, "peildatum", peildatum, false);
        if (peil == null && !v.heeftFout("peildatum")) {
            peil = Tijd.vandaag();
        } else if (peil != null) {
            v.nietInDeToekomst("peildatum", peil);
        }
        v.controleer();
        List<Cohorten.Cohort> lijst = cohorten.bereken(kolommen.stream().map(Gemeente::tenantId).toList(), vanDatum,
                totDatum, deling, grond, peil);
        if (!csv) {
            Map<String, Integer> doel = new LinkedHashMap<>();
            doel.put("plichtB1", doelen.getPlichtB1());
            doel.put("plichtZ", doelen.getPlichtZ());
            doel.put("plichtOnderwijs", doelen.getPlichtOnderwijs());
            doel.put("zelfredzaamNaOntzorgen", doelen.getZelfredzaamNaOntzorgen());
            doel.put("uitstroomB1", doelen.getUitstroomB1());
            doel.put("uitstroomZ", doelen.getUitstroomZ());
            doel.put("uitstroomOnderwijs", doelen.getUitstroomOnderwijs());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(new CohortenAntwoord(deling, grond, peil, kolommen(kolommen), doel, lijst));
        }
        Csv uit = new Csv();
        uit.regel(List.of("cohort", "van", "tot", "aantal", "maat", "route", "behaald", "beoordeeld", "lopend",
                "percentage", "totNuToe", "doel", "waarde"));
        for (Cohorten.Cohort c : lijst) {
            maatRegel(uit, c, "pipBinnenTienWeken", null, c.pipBinnenTienWeken());
            List<Object> mediaan = new ArrayList<>(List.of(c.cohort(), c.van(), c.tot(), c.aantal(), "pipMediaanDagen"));
            mediaan.addAll(java.util.Arrays.asList(null, null, null, null, null, null, null, c.pipMediaanDagen()));
            uit.regel(mediaan);
            maatRegel(uit, c, "pvtBinnenJaar1", null, c.pvtBinnenJaar1());
            maatRegel(uit, c, "mapBinnenTermijn", null, c.mapBinnenTermijn());
            c.plichtBinnenTermijn().forEach((route, m) -> maatRegel(uit, c, "plichtBinnenTermijn", route, m));
            maatRegel(uit, c, "zelfredzaamNaOntzorgen", null, c.zelfredzaamNaOntzorgen());
            c.uitstroomWerkOfOnderwijs().forEach((route, m) -> maatRegel(uit, c, "uitstroomWerkOfOnderwijs", route, m));
        }
        return csvAntwoord(uit, "rapportage-cohorten.csv");
    }

    @GetMapping("/spuk")
    public ResponseEntity<?> spuk(@RequestParam(required = false) List<String> gemeente,
                                  @RequestParam(required = false) String vanJaar, @RequestParam(required = false) String totJaar,
                                  @RequestParam(required = false) String formaat,
                                  @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                  @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        List<Gemeente> kolommen = gemeenten(gebruiker, gemeente);
        boolean csv = csv(formaat, accept);
        int ditJaar = Tijd.vandaag().getYear();
        Validatie v = new Validatie();
        Integer van = jaar(v, "vanJaar", vanJaar, ditJaar - 2);
        Integer tot = jaar(v, "totJaar", totJaar, ditJaar + 3);
        if (van != null && tot != null && (tot < van || tot - van >= MAX_JAREN_SPUK)) {
            v.fout("totJaar", "moet op of na vanJaar liggen en ten hoogste " + MAX_JAREN_SPUK + " jaar omvatten");
        }
        v.controleer();
        List<String> tenants = kolommen.stream().map(Gemeente::tenantId).toList();
        Map<String, Map<Integer, Spuk.Invoer>> invoer = spuk.invoer(tenants, van, tot, ditJaar);
        List<List<Spuk.Jaar>> perGemeente = new ArrayList<>();
        List<GemeenteJaren> totalen = new ArrayList<>();
        for (Gemeente g : kolommen) {
            List<Spuk.Jaar> jaren = spuk.bereken(invoer.get(g.tenantId()), van, tot);
            perGemeente.add(jaren);
            totalen.add(new GemeenteJaren(g.cbsCode(), jaren.stream()
                    .map(j -> new GemeenteTotaal(j.jaar(), j.uitkering().totaal())).toList()));
        }
        List<Spuk.Jaar> regio = Spuk.optellen(perGemeente);
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new SpukAntwoord(kolommen(kolommen),
                    spuk.instellingen().getBedragen(), regio, totalen));
        }
        Csv uit = new Csv();
        uit.regel(List.of("gemeente", "jaar", "bron", "gehuisvest", "asielstatushoudersPlichtig", "gezinsmigranten",
                "asielJaarT", "asielJaarT1", "asielJaarT2", "gezinsmigrantenBedrag", "totaal"));
        for (int i = 0; i < kolommen.size(); i++) {
            spukRegels(uit, kolommen.get(i).naam(), perGemeente.get(i));
        }
        spukRegels(uit, "Totaal", regio);
        return csvAntwoord(uit, "rapportage-spuk.csv");
    }

    @GetMapping("/spuk/prognose")
    public List<PrognoseAntwoord> prognoses(@RequestParam(required = false) List<String> gemeente,
                                            @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        List<Gemeente> kolommen = gemeenten(gebruiker, gemeente);
        return prognoses.van(kolommen.stream().map(Gemeente::tenantId).toList()).stream()
                .map(PrognoseAntwoord::van).toList();
    }

    @PutMapping(path = "/spuk/prognose/{gemeente}/{jaar}", consumes = "application/json")
    public PrognoseAntwoord legPrognoseVast(@PathVariable String gemeente, @PathVariable String jaar,
                                            @RequestBody(required = false) PrognoseVerzoek verzoek,
                                            @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Gemeente g = gemeenten(gebruiker, List.of(gemeente)).get(0);
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        Validatie v = new Validatie();
        Integer j = jaar(v, "jaar", jaar, null);
        v.verplicht("huisvestingstaakstelling", verzoek.huisvestingstaakstelling());
        v.verplicht("gezinsmigranten", verzoek.gezinsmigranten());
        if (verzoek.huisvestingstaakstelling() != null && (verzoek.huisvestingstaakstelling() < 0
                || verzoek.huisvestingstaakstelling() > 100_000)) {
            v.fout("huisvestingstaakstelling", "moet tussen 0 en 100000 liggen");
        }
        if (verzoek.gezinsmigranten() != null && (verzoek.gezinsmigranten() < 0 || verzoek.gezinsmigranten() > 100_000)) {
            v.fout("gezinsmigranten", "moet tussen 0 en 100000 liggen");
        }
        BigDecimal aandeel = verzoek.aandeelPlichtig() == null ? spuk.instellingen().getAandeelPlichtig()
                : verzoek.aandeelPlichtig();
        if (aandeel.signum() < 0 || aandeel.compareTo(BigDecimal.ONE) > 0 || aandeel.scale() > 4) {
            v.fout("aandeelPlichtig", "moet tussen 0 en 1 liggen (ten hoogste vier decimalen)");
        }
        v.controleer();
        return PrognoseAntwoord.van(prognoses.leg(g.tenantId(), j, verzoek.huisvestingstaakstelling(),
                verzoek.gezinsmigranten(), aandeel, gebruiker.id(), Instant.now()));
    }

    @DeleteMapping("/spuk/prognose/{gemeente}/{jaar}")
    public ResponseEntity<Void> verwijderPrognose(@PathVariable String gemeente, @PathVariable String jaar,
                                                  @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Gemeente g = gemeenten(gebruiker, List.of(gemeente)).get(0);
        Validatie v = new Validatie();
        Integer j = jaar(v, "jaar", jaar, null);
        v.controleer();
        if (!prognoses.verwijder(g.tenantId(), j)) {
            throw new NietGevondenException("Er is geen prognose voor deze gemeente en dit jaar.");
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * The role first (403 for every other role, COA, DUO and partners), then the gemeenten asked: CBS codes known to
     * the installation (400 naming {@code gemeente}), each served by the user (403); none asked = the region.
     */
    private List<Gemeente> gemeenten(Gebruiker gebruiker, List<String> gevraagd) {
        if (LEZERS.stream().noneMatch(gebruiker::inGroep)) {
            throw new GeenToegangException("De voortgangsrapportage is voor de procesbeheerder en de teamleider.");
        }
        List<Gemeente> uitkomst = new ArrayList<>();
        if (gevraagd != null) {
            gevraagd = gevraagd.stream().filter(c -> c != null && !c.isBlank()).toList(); // "gemeente=" is none
        }
        if (gevraagd == null || gevraagd.isEmpty()) {
            gemeenten.alle().stream().filter(g -> gebruiker.dient(g.tenantId())).forEach(uitkomst::add);
            if (uitkomst.isEmpty()) {
                throw new GeenToegangException("U bedient geen gemeente; de rapportage gaat over uw gemeenten.");
            }
        } else {
            for (String code : gevraagd) {
                String schoon = code.trim();
                Gemeente g = schoon.matches("\\d{4}") ? gemeenten.metCbsCode(schoon).orElse(null) : null;
                if (g == null) {
                    throw OngeldigVerzoekException.veld("gemeente", "moet de CBS-code (vier cijfers) van een gemeente van deze installatie zijn");
                }
                if (!gebruiker.dient(g.tenantId())) {
                    throw new GeenToegangException("U bedient gemeente " + g.cbsCode() + " niet.");
                }
                if (!uitkomst.contains(g)) {
                    uitkomst.add(g);
                }
            }
        }
        uitkomst.sort(java.util.Comparator.comparing(Gemeente::naam));
        return uitkomst;
    }

    private static List<GemeenteKolom> kolommen(List<Gemeente> lijst) {
        return lijst.stream().map(g -> new GemeenteKolom(g.cbsCode(), g.naam())).toList();
    }

    private static RijAntwoord rij(Periodetabellen.Rij r, List<String> tenants) {
        boolean euro = "euro".equals(r.eenheid());
        List<Number> waarden = new ArrayList<>();
        BigDecimal som = BigDecimal.ZERO;
        for (String t : tenants) {
            Number n = r.perGemeente().get(t);
            BigDecimal w = n == null ? BigDecimal.ZERO : new BigDecimal(n.toString());
            som = som.add(w);
            waarden.add(euro ? w.setScale(2, java.math.RoundingMode.HALF_UP) : (Number) w.longValue());
        }
        return new RijAntwoord(r.id(), r.label(), r.eenheid(), waarden,
                euro ? som.setScale(2, java.math.RoundingMode.HALF_UP) : (Number) som.longValue());
    }

    private static boolean csv(String formaat, String accept) {
        if (formaat != null) {
            if (formaat.equalsIgnoreCase("csv")) {
                return true;
            }
            if (formaat.equalsIgnoreCase("json")) {
                return false;
            }
            throw OngeldigVerzoekException.veld("formaat", "moet json of csv zijn");
        }
        return accept != null && accept.toLowerCase().contains("text/csv");
    }

    private static LocalDate datum(Validatie v, String veld, String waarde, boolean verplicht) {
        if (waarde == null || waarde.isBlank()) {
            if (verplicht) {
                v.fout(veld, "is verplicht (jjjj-mm-dd)");
            }
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(waarde.trim());
            if (d.isBefore(Validatie.VROEGSTE_DATUM) || d.getYear() > 9000) {
                v.fout(veld, "ligt buiten het toegestane bereik");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            v.fout(veld, "moet een datum zijn (jjjj-mm-dd)");
            return null;
        }
    }

    private static void periode(Validatie v, LocalDate van, LocalDate tot, int maxJaren) {
        if (van != null && tot != null) {
            if (!van.isBefore(tot)) {
                v.fout("tot", "moet na van liggen (tot is exclusief)");
            } else if (ChronoUnit.DAYS.between(van, tot) > ChronoUnit.DAYS.between(van, van.plusYears(maxJaren))) {
                v.fout("tot", "mag ten hoogste " + maxJaren + " jaar na van liggen");
            }
        }
    }

    private static Integer jaar(Validatie v, String veld, String waarde, Integer standaard) {
        if (waarde == null || waarde.isBlank()) {
            if (standaard == null) {
                v.fout(veld, "is verplicht");
            }
            return standaard;
        }
        if (!waarde.trim().matches("\\d{4}") || Integer.parseInt(waarde.trim()) < 2022 || Integer.parseInt(waarde.trim()) > 2100) {
            v.fout(veld, "moet een jaar van 2022 tot en met 2100 zijn");
            return standaard;
        }
        return Integer.parseInt(waarde.trim());
    }

    private static <E extends Enum<E>> E keuze(Validatie v, String veld, String waarde, Class<E> soort, E standaard) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        for (E e : soort.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(waarde.trim())) {
                return e;
            }
        }
        v.fout(veld, "moet een van " + java.util.Arrays.toString(soort.getEnumConstants()) + " zijn");
        return standaard;
    }

    private static void maatRegel(Csv uit, Cohorten.Cohort c, String maat, String route, Cohorten.Maat m) {
        uit.regel(java.util.Arrays.asList(c.cohort(), c.van(), c.tot(), c.aantal(), maat, route, m.behaald(),
                m.beoordeeld(), m.lopend(), m.percentage(), m.totNuToe() ? "ja" : "nee", m.doel(), null));
    }

    private static void spukRegels(Csv uit, String naam, List<Spuk.Jaar> jaren) {
        for (Spuk.Jaar j : jaren) {
            uit.regel(java.util.Arrays.asList(naam, j.jaar(), j.bron().name(), j.gehuisvest(),
                    j.asielstatushoudersPlichtig(), j.gezinsmigranten(), j.uitkering().asielJaarT(),
                    j.uitkering().asielJaarT1(), j.uitkering().asielJaarT2(), j.uitkering().gezinsmigranten(),
                    j.uitkering().totaal()));
        }
    }

    private static ResponseEntity<String> csvAntwoord(Csv uit, String bestandsnaam) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + bestandsnaam + "\"")
                .body(uit.toString());
    }
}
