package nl.regie.inburgering.intake;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
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
 * Versions of the model from before this listener do not call it: their oproep is recorded as before.
 */
@Component("oproepDatumControle")
public class OproepDatumControle implements TaskListener {

    /** Optional form field: why the appointment lies after the PIP limit. */
    public static final String REDEN = "oproepNaPipTermijnReden";

    private final DossierRepository dossiers;

    public OproepDatumControle(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask taak) {
        LocalDate datum = Variabelen.datum(taak, ProcesVariabelen.OPROEP_DATUM);
        if (datum == null) {
            throw OngeldigeInvoerException.veld(ProcesVariabelen.OPROEP_DATUM, "is verplicht");
        }
        LocalDate vandaag = Tijd.vandaag();
        if (datum.isBefore(vandaag)) {
            throw OngeldigeInvoerException.veld(ProcesVariabelen.OPROEP_DATUM, Variabelen.nl(datum)
                    + " ligt in het verleden (vandaag is " + Variabelen.nl(vandaag)
                    + "); een oproep is voor een afspraak vandaag of later");
        }
        LocalDate uiterst = vandaag.plusYears(1);
        if (datum.isAfter(uiterst)) {
            throw OngeldigeInvoerException.veld(ProcesVariabelen.OPROEP_DATUM, Variabelen.nl(datum)
                    + " ligt meer dan een jaar vooruit (uiterlijk " + Variabelen.nl(uiterst) + "); controleer de datum");
        }
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        LocalDate pipUiterlijk = dossier.getPipUiterlijkeDatum();
        if (pipUiterlijk == null || !datum.isAfter(pipUiterlijk)) {
            taak.getExecution().removeVariable(REDEN);
            return;
        }
        if (Variabelen.tekst(taak, REDEN) == null) {
            throw new OngeldigeInvoerException(List.of(ProcesVariabelen.OPROEP_DATUM, REDEN), ProcesVariabelen.OPROEP_DATUM
                    + ": " + Variabelen.nl(datum) + " ligt na de uiterste PIP-datum " + Variabelen.nl(pipUiterlijk)
                    + "; geef een reden voor een afspraak na de tien weken of kies een eerdere datum");
        }
    }
}
