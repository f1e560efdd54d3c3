package nl.regie.inburgering.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task completion the server refuses. Extends the engine's form validation exception so that the engine REST
 * API and Tasklist answer 400 with this message instead of a server error.
 */
public class OngeldigeInvoerException extends FormFieldValidationException implements EigenWeigering {

    private final List<String> velden;

    public OngeldigeInvoerException(List<String> velden, String melding) {
        super(String.join(",", velden), melding);
        this.velden = List.copyOf(velden);
    }

    public static OngeldigeInvoerException veld(String veld, String melding) {
        return new OngeldigeInvoerException(List.of(veld), veld + ": " + melding);
    }

    public List<String> getVelden() {
        return velden;
    }
}
