package nl.regie.inburgering.intake;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Server-side check of the leerbaarheidstoets form, whose fields depend on each other: a release needs its reason,
 * a result of haalbaar / niet haalbaar needs score and required score; the toets's date is not in the future and not
 * before the koppeling. Sets {@code lbtUitslag} for the route.
 */
@Component("leerbaarheidstoetsControle")
public class LeerbaarheidstoetsControle implements TaskListener {

    public static final String VRIJGESTELD = "VRIJGESTELD";
    private static final List<String> UITSLAGEN = List.of("HAALBAAR", "NIET_HAALBAAR", "ONBEKEND");

    private final DossierRepository dossiers;

    public LeerbaarheidstoetsControle(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask taak) {
        if ("JA".equals(taak.getVariable("lbtVrijgesteld"))) {
            String reden = Variabelen.verplichteTekst(taak, "lbtVrijstellingReden", "is verplicht bij een vrijstelling");
            if (!List.of("VISUEEL", "AUDITIEF").contains(reden)) {
                throw OngeldigeInvoerException.veld("lbtVrijstellingReden", "moet VISUEEL of AUDITIEF zijn");
            }
            taak.setVariable(ProcesVariabelen.LBT_UITSLAG, VRIJGESTELD);
            return;
        }
        String uitslag = Variabelen.verplichteTekst(taak, ProcesVariabelen.LBT_UITSLAG, "is verplicht als er geen vrijstelling is");
        if (!UITSLAGEN.contains(uitslag)) {
            throw OngeldigeInvoerException.veld(ProcesVariabelen.LBT_UITSLAG, "moet een van " + UITSLAGEN + " zijn");
        }
        if (!"ONBEKEND".equals(uitslag)) {
            Integer score = Variabelen.geheelGetal(taak, "lbtScore");
            Integer vereist = Variabelen.geheelGetal(taak, "lbtVereisteScore");
            if (score == null || vereist == null) {
                throw new OngeldigeInvoerException(List.of("lbtScore", "lbtVereisteScore"),
                        "lbtScore en lbtVereisteScore zijn verplicht bij de uitslag " + uitslag);
            }
            if ("HAALBAAR".equals(uitslag) != (score >= vereist)) {
                throw OngeldigeInvoerException.veld(ProcesVariabelen.LBT_UITSLAG,
                        "past niet bij de score " + score + " tegenover de vereiste score " + vereist);
            }
        }
        LocalDate toets = Variabelen.datumNietInDeToekomst(taak, "lbtDatum");
        Variabelen.nietVoor("lbtDatum", toets,
                dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey()).getKoppelingsdatum(),
                "de koppeling aan de gemeente");
    }
}
