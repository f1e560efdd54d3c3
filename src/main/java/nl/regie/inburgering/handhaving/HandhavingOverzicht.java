package nl.regie.inburgering.handhaving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.handhaving.HandhavingController.EerdereBoeteAntwoord;
import nl.regie.inburgering.handhaving.HandhavingController.PwMaatregelAntwoord;

/**
 * The read model of a dossier's handhaving, as {@code GET /api/dossiers/{nr}/handhaving} shows it: the cases with
 * their steps and amounts, the signals, the Participatiewet maatregelen, the earlier fines of a previous gemeente,
 * the newest verwijtbaar indication per DUO onderdeel, DUO's own fines (facts, never ours) and the totals of the
 * gemeente fines. Free-text reasons (verwijtbaarheid, besluit, bezwaar) only for who may see them (the teamleider
 * and handhaving); the content of a zienswijze never (only whether one came, when and in which form). A computed
 * fine is shown to the others only once the besluit is BOETE.
 */
@Component
public class HandhavingOverzicht {

    public record ZaakAntwoord(String zaaknummer, String gedraging, LocalDate periodeVan, LocalDate periodeTot,
                               String bron, String status, String verwijtbaarheid, String verwijtbaarheidReden,
                               LocalDate waarschuwingDatum, LocalDate nalevenVoor, Boolean nageleefd,
                               LocalDate voornemenDatum, LocalDate zienswijzeVoor, boolean zienswijzeOntvangen,
                               LocalDate zienswijzeOntvangenOp, String zienswijzeVorm, String besluit, String besluitReden,
                               BigDecimal boeteBedrag, String boeteBerekening, String boeteRegelversie,
                               LocalDate dagtekening, LocalDate bezwaarVoor, LocalDate bezwaarOntvangenOp,
                               String bezwaarUitkomst, String bezwaarReden, LocalDate bezwaarBeslotenOp,
                               String invorderingStatus, boolean boeteOpgelegd, String afsluitreden,
                               LocalDate afgeslotenOp) {
    }

    public record SignaalAntwoord(String bron, String gedraging, LocalDate periodeVan, LocalDate periodeTot,
                                  String status, String zaaknummer) {
    }

    public record DuoIndicatie(String onderdeel, boolean verwijtbaar, LocalDate vastgesteldOp, String zaaknummer) {
    }

    /**
     * The gemeente fines that count for the maximum of the dossier's inburgeringstermijn [van, tot), by the last day of
     * the conduct ({@link Boeteregels#teltInTermijn}: a brede intake fine before the term counts too): this dossier's,
     * those of the person's other dossiers on this installation (a gemeente before a move), and those of a previous
     * gemeente outside it. {@code totaal} is what counts for the maximum per term.
     */
    public record TermijnTotaal(LocalDate van, LocalDate tot, BigDecimal gemeenteBoetes, BigDecimal andereDossiers,
                                BigDecimal eerdereBoetes, BigDecimal totaal) {
    }

    /**
     * {@code gemeenteBoetes}: this installation's fines imposed (a beschikking with its dagtekening) and not annulled;
     * {@code eerdereBoetes}: a previous gemeente's outside this installation; {@code inburgeringstermijn}: the fines
     * within the dossier's term, the person's other dossiers here included (null before the term started); {@code duoBoetes}: DUO's own, shown apart and never part of the gemeente's totals.
     */
    public record Totalen(BigDecimal gemeenteBoetes, BigDecimal eerdereBoetes, TermijnTotaal inburgeringstermijn,
                          BigDecimal duoBoetes) {
    }

    public record Overzicht(String dossiernummer, List<ZaakAntwoord> zaken, List<SignaalAntwoord> signalen,
                            List<PwMaatregelAntwoord> pwMaatregelen, List<EerdereBoeteAntwoord> eerdereBoetes,
                            List<DuoIndicatie> duoVerwijtbaarheid, List<DuoBoetes.DuoBoete> duoBoetes, Totalen totalen) {
    }

    private static final BigDecimal NUL = BigDecimal.ZERO.setScale(2);

    private final HandhavingZaakRepository zaken;
    private final HandhavingSignaalRepository signalen;
    private final PwMaatregelRepository maatregelen;
    private final EerdereBoeteRepository eerdereBoetes;
    private final DuoVerwijtbaarheidRepository duoVerwijtbaarheid;
    private final DuoBoetes duoBoetes;
    private final DossierRepository dossiers;

    public HandhavingOverzicht(HandhavingZaakRepository zaken, HandhavingSignaalRepository signalen,
                               PwMaatregelRepository maatregelen, EerdereBoeteRepository eerdereBoetes,
                               DuoVerwijtbaarheidRepository duoVerwijtbaarheid, DuoBoetes duoBoetes,
                               DossierRepository dossiers) {
        this.dossiers = dossiers;
        this.zaken = zaken;
        this.signalen = signalen;
        this.maatregelen = maatregelen;
        this.eerdereBoetes = eerdereBoetes;
        this.duoVerwijtbaarheid = duoVerwijtbaarheid;
        this.duoBoetes = duoBoetes;
    }

    /**
     * @param redenen          whether the free-text reasons (and a computed fine before the besluit) may be shown
     * @param pwOmschrijving   whether the Pw maatregelen's omschrijving may be shown
     */
    public Overzicht van(Dossier dossier, boolean redenen, boolean pwOmschrijving) {
        Long id = dossier.getId();
        List<HandhavingZaak> alleZaken = zaken.findByDossierIdOrderById(id);
        Map<Long, String> zaaknummers = alleZaken.stream()
                .collect(Collectors.toMap(HandhavingZaak::getId, HandhavingZaak::getZaaknummer));
        List<EerdereBoete> eerdere = eerdereBoetes.findByDossierIdOrderById(id);
        List<DuoBoetes.DuoBoete> vanDuo = duoBoetes.van(id);
        return new Overzicht(dossier.getDossiernummer(),
                alleZaken.stream().map(z -> zaak(z, redenen)).toList(),
                signalen.findByDossierIdOrderById(id).stream()
                        .map(s -> new SignaalAntwoord(s.getBron().name(), s.getGedraging().name(), s.getPeriodeVan(),
                                s.getPeriodeTot(), s.getStatus().name(), zaaknummers.get(s.getZaakId())))
                        .toList(),
                maatregelen.findByDossierIdOrderById(id).stream()
                        .map(m -> PwMaatregelAntwoord.van(m, pwOmschrijving)).toList(),
                eerdere.stream().map(EerdereBoeteAntwoord::van).toList(),
                nieuwstePerOnderdeel(id, zaaknummers),
                vanDuo,
                totalen(dossier, alleZaken, eerdere, vanDuo));
    }

    private static ZaakAntwoord zaak(HandhavingZaak z, boolean redenen) {
        boolean bedragZichtbaar = redenen || z.getBesluit() == HandhavingZaak.Besluit.BOETE;
        return new ZaakAntwoord(z.getZaaknummer(), z.getGedraging().name(), z.getPeriodeVan(), z.getPeriodeTot(),
                naam(z.getBron()), naam(z.getStatus()), naam(z.getVerwijtbaarheid()),
                redenen ? z.getVerwijtbaarheidReden() : null,
                z.getWaarschuwingDatum(), z.getNalevenVoor(), z.getNageleefd(),
                z.getVoornemenDatum(), z.getZienswijzeVoor(), z.getZienswijzeOntvangenOp() != null,
                z.getZienswijzeOntvangenOp(), naam(z.getZienswijzeVorm()),
                naam(z.getBesluit()), redenen ? z.getBesluitReden() : null,
                bedragZichtbaar ? z.getBoeteBedrag() : null, bedragZichtbaar ? z.getBoeteBerekening() : null,
                bedragZichtbaar ? z.getBoeteRegelversie() : null,
                z.getDagtekening(), z.getBezwaarVoor(), z.getBezwaarOntvangenOp(),
                naam(z.getBezwaarUitkomst()), redenen ? z.getBezwaarReden() : null, z.getBezwaarBeslotenOp(),
                naam(z.getInvorderingStatus()), opgelegd(z), naam(z.getAfsluitreden()), z.getAfgeslotenOp());
    }

    /** A fine imposed (a boetebeschikking with its dagtekening) and not annulled in bezwaar. */
    static boolean opgelegd(HandhavingZaak z) {
        return z.getBesluit() == HandhavingZaak.Besluit.BOETE && z.getDagtekening() != null && z.getBoeteBedrag() != null
                && z.getBezwaarUitkomst() != HandhavingZaak.BezwaarUitkomst.GEGROND
                && z.getAfsluitreden() != HandhavingZaak.Afsluitreden.BOETE_VERNIETIGD;
    }

    private List<DuoIndicatie> nieuwstePerOnderdeel(Long dossierId, Map<Long, String> zaaknummers) {
        Map<String, DuoVerwijtbaarheid> nieuwste = new LinkedHashMap<>();
        duoVerwijtbaarheid.findByDossierIdOrderById(dossierId).stream()
                .sorted(Comparator.comparing(DuoVerwijtbaarheid::getVastgesteldOp).thenComparing(DuoVerwijtbaarheid::getId))
                .forEach(d -> nieuwste.put(d.getOnderdeel(), d));
        return nieuwste.values().stream()
                .sorted(Comparator.comparing(DuoVerwijtbaarheid::getOnderdeel))
                .map(d -> new DuoIndicatie(d.getOnderdeel(), Boolean.TRUE.equals(d.getVerwijtbaar()), d.getVastgesteldOp(),
                        d.getZaakId() == null ? null : zaaknummers.get(d.getZaakId())))
                .toList();
    }

    private Totalen totalen(Dossier dossier, List<HandhavingZaak> alleZaken, List<EerdereBoete> eerdere,
                                   List<DuoBoetes.DuoBoete> vanDuo) {
        List<HandhavingZaak> opgelegd = alleZaken.stream().filter(HandhavingOverzicht::opgelegd).toList();
        LocalDate van = dossier.getInburgeringstermijnStart();
        LocalDate tot = dossier.getInburgeringstermijnEinde();
        TermijnTotaal termijn = null;
        if (van != null) {
            BigDecimal eigen = som(opgelegd.stream().filter(z -> Boeteregels.teltInTermijn(z.getGedraging().soort(), z.gedragsdatum(), van, tot)).toList(),
                    HandhavingZaak::getBoeteBedrag);
            List<HandhavingZaak> andereZaken = dossiers.findByPersoonId(dossier.getPersoon().getId()).stream()
                    .filter(d -> !d.getId().equals(dossier.getId()))
                    .flatMap(d -> zaken.findByDossierIdOrderById(d.getId()).stream())
                    .filter(HandhavingOverzicht::opgelegd)
                    .filter(z -> Boeteregels.teltInTermijn(z.getGedraging().soort(), z.gedragsdatum(), van, tot))
                    .toList();
            BigDecimal andere = som(andereZaken, HandhavingZaak::getBoeteBedrag);
            BigDecimal vorige = som(eerdere.stream().filter(b -> Boeteregels.teltInTermijn(b.getGedraging().soort(), b.getGedragsdatum(), van, tot)).toList(),
                    EerdereBoete::getBedrag);
            termijn = new TermijnTotaal(van, tot, eigen, andere, vorige, eigen.add(andere).add(vorige));
        }
        return new Totalen(som(opgelegd, HandhavingZaak::getBoeteBedrag), som(eerdere, EerdereBoete::getBedrag), termijn,
                som(vanDuo, DuoBoetes.DuoBoete::bedrag));
    }


    private static <T> BigDecimal som(List<T> rijen, Function<T, BigDecimal> bedrag) {
        return rijen.stream().map(bedrag).reduce(NUL, BigDecimal::add).setScale(2);
    }

    private static String naam(Enum<?> waarde) {
        return waarde == null ? null : waarde.name();
    }
}
