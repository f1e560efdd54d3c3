package nl.regie.inburgering.handhaving;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import nl.regie.inburgering.dossier.Dossier;

/**
 * The fine of a handhaving case, computed from the law's rules valid on the day of the conduct (decision table
 * {@value #BESLISSING}, versioned by date: see processes/handhaving-boete.dmn and docs/handhaving-boeteregels.md)
 * and from our tables:
 * <ol>
 *   <li><b>herhaling</b>: the person's PIP-obligation fines that stand (every dossier of the same person, plus fines
 *       of a previous gemeente outside this installation, {@link EerdereBoete}) whose conduct lies in the twelve months
 *       up to this conduct; the decision doubles the first amount per repeat up to the maximum per fine;</li>
 *   <li><b>verwijtbaarheid</b> (Awb 5:46 lid 2): the basisbedrag times 100/75/50/25 %, rounded <b>down</b> to whole
 *       cents (in the person's favour); the brede intake's fixed amount is lowered the same way;</li>
 *   <li><b>maximum per termijn</b>: with the gemeente fines that stand in the same inburgeringstermijn (the current
 *       dossier's term; brede intake fines before the term's start count too; a previous gemeente's too) the total
 *       never exceeds the decision's maximum; what is left may be € 0.</li>
 * </ol>
 * The day of the conduct is the last day of the case's period ({@link HandhavingZaak#gedragsdatum()}).
 */
@Service
public class Boeteregels {

    public static final String BESLISSING = "handhaving-boete";
    static final int MAX_BEREKENING = 2000;

    /** What the decision table says for one conduct: the law's amounts, the rules' version and the articles. */
    public record Regels(BigDecimal basisbedrag, BigDecimal maximumPerBoete, BigDecimal maximumPerTermijn,
                         String regelversie, String grondslag) {
    }

    /** The computed fine: the amount, a one-line Dutch explanation, the rules' version and the articles. */
    public record Boete(BigDecimal bedrag, String berekening, String regelversie, String grondslag) {
    }

    /** An earlier gemeente fine that stands, ours or a previous gemeente's. */
    private record EerdereSanctie(Gedraging.Soort soort, LocalDate gedragsdatum, BigDecimal bedrag, boolean vorigeGemeente) {
    }

    private final DecisionService decisionService;
    private final Sanctiehistorie historie;

    public Boeteregels(DecisionService decisionService, Sanctiehistorie historie) {
        this.decisionService = decisionService;
        this.historie = historie;
    }

    /** The rules of the decision table's latest version for a conduct on this day. */
    public Regels regels(LocalDate gedragsdatum, Gedraging.Soort soort, int herhaling) {
        DmnDecisionResultEntries uitkomst = decisionService.evaluateDecisionByKey(BESLISSING)
                .decisionDefinitionWithoutTenantId()
                .variables(Variables.createVariables().putValue("gedragsdatum", gedragsdatum)
                        .putValue("soort", soort.name()).putValue("herhaling", herhaling))
                .evaluate().getSingleResult();
        if (uitkomst == null) {
            throw new IllegalStateException("Geen boeteregels voor " + soort + " op gedragsdatum " + gedragsdatum
                    + " (de Wet inburgering 2021 geldt vanaf 2022-01-01)");
        }
        return new Regels(bedrag(uitkomst.getEntry("basisbedrag")), bedrag(uitkomst.getEntry("maximumPerBoete")),
                bedrag(uitkomst.getEntry("maximumPerTermijn")), uitkomst.getEntry("regelversie"),
                uitkomst.getEntry("grondslag"));
    }

    /** The case's fine with the verwijtbaarheid the handhaving role recorded on it. */
    public Boete bereken(HandhavingZaak zaak) {
        return bereken(zaak, zaak.getVerwijtbaarheid());
    }

    /** The case's fine for the given verwijtbaarheid (the one recorded on the case, or one being considered). */
    public Boete bereken(HandhavingZaak zaak, Verwijtbaarheid verwijtbaarheid) {
        if (zaak.getGedraging().doorDuo()) {
            throw new IllegalStateException("Zaak " + zaak.getZaaknummer() + ": " + zaak.getGedraging()
                    + " handhaaft DUO; de gemeente legt hiervoor geen boete op");
        }
        if (verwijtbaarheid == null) {
            throw new IllegalStateException("Zaak " + zaak.getZaaknummer() + ": de verwijtbaarheid is nog niet beoordeeld");
        }
        LocalDate gedragsdatum = zaak.gedragsdatum();
        Gedraging.Soort soort = zaak.getGedraging().soort();
        List<EerdereSanctie> eerder = eerdereSancties(zaak);

        int herhaling = soort == Gedraging.Soort.PIP
                ? (int) eerder.stream().filter(s -> s.soort() == Gedraging.Soort.PIP)
                        .filter(s -> !s.gedragsdatum().isBefore(gedragsdatum.minusMonths(12)) && !s.gedragsdatum().isAfter(gedragsdatum))
                        .count()
                : 0;
        Regels regels = regels(gedragsdatum, soort, herhaling);

        int procent = verwijtbaarheid.percentage();
        BigDecimal geschaald = regels.basisbedrag().multiply(BigDecimal.valueOf(procent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);

        Dossier dossier = historie.dossier(zaak);
        List<EerdereSanctie> inTermijn = eerder.stream().filter(s -> inTermijn(s, dossier)).toList();
        BigDecimal opgelegd = som(inTermijn);
        BigDecimal vanVorigeGemeente = som(inTermijn.stream().filter(EerdereSanctie::vorigeGemeente).toList());
        BigDecimal ruimte = regels.maximumPerTermijn().subtract(opgelegd).max(BigDecimal.ZERO).setScale(2, RoundingMode.DOWN);
        BigDecimal bedrag = geschaald.min(ruimte).max(BigDecimal.ZERO).setScale(2, RoundingMode.DOWN);

        StringBuilder tekst = new StringBuilder();
        tekst.append("Regels ").append(regels.regelversie()).append(" (").append(regels.grondslag())
                .append("), gedragsdatum ").append(gedragsdatum).append(": ");
        if (soort == Gedraging.Soort.BREDE_INTAKE) {
            tekst.append("brede intake, vast bedrag ").append(euro(regels.basisbedrag()));
        } else {
            tekst.append("PIP-verplichting, ").append(herhaling == 0 ? "eerste boete"
                    : herhaling + " eerdere PIP-boete" + (herhaling == 1 ? "" : "s") + " binnen 12 maanden (verdubbeling)")
                    .append(", basisbedrag ").append(euro(regels.basisbedrag()))
                    .append(" (maximum per boete ").append(euro(regels.maximumPerBoete())).append(")");
        }
        if (procent == 0) {
            tekst.append("; niet verwijtbaar (0%): geen boete");
        } else {
            tekst.append("; verwijtbaarheid ").append(procent).append("%: ").append(euro(geschaald))
                    .append(procent == 100 ? "" : " (naar beneden afgerond op centen)");
        }
        tekst.append("; eerdere gemeentelijke boetes in deze inburgeringstermijn ").append(euro(opgelegd));
        if (vanVorigeGemeente.signum() > 0) {
            tekst.append(" (waarvan ").append(euro(vanVorigeGemeente)).append(" van een vorige gemeente)");
        }
        tekst.append(" van maximaal ").append(euro(regels.maximumPerTermijn()));
        if (procent != 0 && ruimte.signum() == 0) {
            tekst.append(": maximum per termijn bereikt, boete € 0,00");
        } else if (procent != 0 && bedrag.compareTo(geschaald) < 0) {
            tekst.append(": begrensd tot ").append(euro(bedrag));
        } else {
            tekst.append(": maximum niet bereikt");
        }
        tekst.append(". Boete ").append(euro(bedrag)).append('.');
        String berekening = tekst.length() <= MAX_BEREKENING ? tekst.toString() : tekst.substring(0, MAX_BEREKENING);
        return new Boete(bedrag, berekening, regels.regelversie(), regels.grondslag());
    }

    /** The gemeente fines that stand, other than this case's: ours (every dossier of the person) and a previous gemeente's. */
    private List<EerdereSanctie> eerdereSancties(HandhavingZaak zaak) {
        List<EerdereSanctie> eerder = new ArrayList<>();
        for (HandhavingZaak andere : historie.andereZaken(zaak)) {
            if (andere.heeftStaandeBoete() && !andere.getGedraging().doorDuo() && andere.getBoeteBedrag() != null) {
                eerder.add(new EerdereSanctie(andere.getGedraging().soort(), andere.gedragsdatum(), andere.getBoeteBedrag(), false));
            }
        }
        for (EerdereBoete boete : historie.eerdereBoetes(zaak)) {
            if (!boete.getGedraging().doorDuo()) {
                eerder.add(new EerdereSanctie(boete.getGedraging().soort(), boete.getGedragsdatum(), boete.getBedrag(), true));
            }
        }
        return eerder;
    }

    /**
     * In the current dossier's inburgeringstermijn (end exclusive): conduct before the end, and from the start —
     * except the brede intake, which precedes the PIP and so the term, and counts. No term yet: everything counts.
     */
    private static boolean inTermijn(EerdereSanctie sanctie, Dossier dossier) {
        return teltInTermijn(sanctie.soort(), sanctie.gedragsdatum(), dossier.getInburgeringstermijnStart(),
                dossier.getInburgeringstermijnEinde());
    }

    /** The one rule for "this fine counts for the maximum per term" (also for the overview's term total). */
    public static boolean teltInTermijn(Gedraging.Soort soort, LocalDate gedragsdatum, LocalDate start, LocalDate einde) {
        boolean voorEinde = einde == null || gedragsdatum.isBefore(einde);
        boolean naStart = start == null || soort == Gedraging.Soort.BREDE_INTAKE || !gedragsdatum.isBefore(start);
        return voorEinde && naStart;
    }

    private static BigDecimal som(List<EerdereSanctie> sancties) {
        return sancties.stream().map(EerdereSanctie::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.DOWN);
    }

    private static BigDecimal bedrag(Object waarde) {
        if (waarde == null) {
            throw new IllegalStateException("Beslissing " + BESLISSING + " gaf geen bedrag");
        }
        return new BigDecimal(waarde.toString()).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An amount as a Dutch letter writes it: € 1.234,50. */
    static String euro(BigDecimal bedrag) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return "€ " + format.format(bedrag);
    }
}
