package nl.regie.inburgering.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;

/**
 * The date rules of the oproep for the brede intake ({@code Task_OproepVersturen}), checked when the casemanager
 * completes the task (400 naming the field, nothing written): the appointment is not in the past, not more than a
 * year ahead (a date typed the American way lands months away), and after the PIP limit (the ten weeks, read from our
 * table, never from a variable) only with the casemanager's reason ({@value #REDEN}, kept on the oproep). A reason
 * given for an appointment within the limit is not kept.
 * <p>
 * The same rules ({@link #toets}) judge a moved appointment ({@link AfspraakVerzetten}): one rule, two entry points.
 * Versions of the model from before this listener do not call it: their oproep is recorded as before.
 */
@Component("oproepDatumControle")
public class OproepDatumControle implements TaskListener {

    /** Optional form field: why the appointment lies after the PIP limit. */
    public static final String REDEN = "oproepNaPipTermijnReden";

    /** A broken rule: the Dutch text (the date as understood, the rule) and whether a reason would cure it. */
    public record Overtreding(String melding, boolean redenOntbreekt) {
    }

    private final DossierRepository dossiers;

    public OproepDatumControle(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    /**
     * The rules for an appointment on {@code datum} with the PIP limit {@code pipUiterlijk} (null: not running yet)
     * and the casemanager's reason (null: none): empty when the appointment may be made.
     */
    public static Optional<Overtreding> toets(LocalDate datum, LocalDate pipUiterlijk, String reden) {
        if (datum == null) {
            return Optional.of(new Overtreding("is verplicht", false));
        }
        LocalDate vandaag = Tijd.vandaag();
        if (datum.isBefore(vandaag)) {
            return Optional.of(new Overtreding(Variabelen.nl(datum) + " ligt in het verleden (vandaag is "
                    + Variabelen.nl(vandaag) + "); een oproep is voor een afspraak vandaag of later", false));
        }
        LocalDate uiterst = vandaag.plusYears(1);
        if (datum.isAfter(uiterst)) {
            return Optional.of(new Overtreding(Variabelen.nl(datum) + " ligt meer dan een jaar vooruit (uiterlijk "
                    + Variabelen.nl(uiterst) + "); controleer de datum", false));
        }
        if (naPipTermijn(datum, pipUiterlijk) && (reden == null || reden.isBlank())) {
            return Optional.of(new Overtreding(Variabelen.nl(datum) + " ligt na de uiterste PIP-datum "
                    + Variabelen.nl(pipUiterlijk) + "; geef een reden voor een afspraak na de tien weken of kies een eerdere datum",
                    true));
        }
        return Optional.empty();
    }

    /** Whether the appointment lies after the PIP limit (then its reason is kept, otherwise not). */
    public static boolean naPipTermijn(LocalDate datum, LocalDate pipUiterlijk) {
        return pipUiterlijk != null && datum != null && datum.isAfter(pipUiterlijk);
    }

    @Override
    public void notify(DelegateTask taak) {
        LocalDate datum = Variabelen.datum(taak, ProcesVariabelen.OPROEP_DATUM);
        LocalDate pipUiterlijk = datum == null ? null
                : dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey()).getPipUiterlijkeDatum();
        Optional<Overtreding> fout = toets(datum, pipUiterlijk, Variabelen.tekst(taak, REDEN));
        if (fout.isPresent()) {
            throw fout.get().redenOntbreekt()
                    ? new OngeldigeInvoerException(List.of(ProcesVariabelen.OPROEP_DATUM, REDEN),
                            ProcesVariabelen.OPROEP_DATUM + ": " + fout.get().melding())
                    : OngeldigeInvoerException.veld(ProcesVariabelen.OPROEP_DATUM, fout.get().melding());
        }
        if (!naPipTermijn(datum, pipUiterlijk)) {
            taak.getExecution().removeVariable(REDEN);
        }
    }
}
