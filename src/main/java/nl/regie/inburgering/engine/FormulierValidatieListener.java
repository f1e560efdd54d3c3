package nl.regie.inburgering.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Refuses the completion of a user task whose variables do not satisfy its Camunda Form: required fields present,
 * choices among the offered values, numbers within bounds, dates well-formed, text within its {@code maxLength}. Added
 * to every user task at parse time, with the form of the deployment being parsed.
 */
public class FormulierValidatieListener implements TaskListener {

    private final String formulierId;
    private final List<FormulierSchemas.Veld> velden;

    public FormulierValidatieListener(FormulierSchemas.Formulier formulier) {
        this.formulierId = formulier.id();
        this.velden = formulier.gecontroleerdeVelden();
    }

    @Override
    public void notify(DelegateTask taak) {
        List<String> fouten = new ArrayList<>();
        List<String> namen = new ArrayList<>();
        for (FormulierSchemas.Veld veld : velden) {
            String fout = controleer(veld, taak.getVariable(veld.key()));
            if (fout != null) {
                namen.add(veld.key());
                fouten.add(veld.key() + " (" + veld.label() + "): " + fout);
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(namen,
                    "Formulier " + formulierId + " is niet volledig of onjuist ingevuld: " + String.join("; ", fouten));
        }
    }

    /** The field's rules for one value (required, choices, bounds, date, boolean, text length); null when it passes. */
    static String controleer(FormulierSchemas.Veld veld, Object waarde) {
        if (waarde == null || (waarde instanceof String s && s.isBlank())) {
            return veld.verplicht() ? "is verplicht" : null;
        }
        switch (veld.type()) {
            case "select", "radio" -> {
                if (!veld.toegestaneWaarden().isEmpty() && !veld.toegestaneWaarden().contains(String.valueOf(waarde))) {
                    return "moet een van " + veld.toegestaneWaarden() + " zijn";
                }
            }
            case "number" -> {
                BigDecimal getal;
                try {
                    getal = new BigDecimal(String.valueOf(waarde));
                } catch (NumberFormatException e) {
                    return "moet een getal zijn";
                }
                if (veld.min() != null && getal.compareTo(veld.min()) < 0) {
                    return "moet minstens " + veld.min() + " zijn";
                }
                if (veld.max() != null && getal.compareTo(veld.max()) > 0) {
                    return "mag hoogstens " + veld.max() + " zijn";
                }
            }
            case "datetime" -> {
                try {
                    LocalDate.parse(String.valueOf(waarde).substring(0, Math.min(10, String.valueOf(waarde).length())));
                } catch (DateTimeParseException e) {
                    return "moet een datum zijn (JJJJ-MM-DD)";
                }
            }
            case "checkbox" -> {
                if (!(waarde instanceof Boolean)) {
                    return "moet waar of onwaar zijn";
                }
            }
            default -> {
                if (!(waarde instanceof String)) {
                    return "moet tekst zijn";
                }
                if (((String) waarde).length() > veld.maxLengte()) {
                    return "is langer dan " + veld.maxLengte() + " tekens";
                }
            }
        }
        return null;
    }
}
