package nl.regie.inburgering.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading form values from process variables, with a clear refusal naming the field when one is wrong. */
public final class Variabelen {

    private Variabelen() {
    }

    public static String tekst(VariableScope scope, String naam) {
        Object waarde = scope.getVariable(naam);
        if (waarde == null) {
            return null;
        }
        String tekst = String.valueOf(waarde).trim();
        return tekst.isEmpty() ? null : tekst;
    }

    public static String verplichteTekst(VariableScope scope, String naam, String melding) {
        String tekst = tekst(scope, naam);
        if (tekst == null) {
            throw OngeldigeInvoerException.veld(naam, melding);
        }
        return tekst;
    }

    public static LocalDate datum(VariableScope scope, String naam) {
        String tekst = tekst(scope, naam);
        if (tekst == null) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.length() > 10 ? tekst.substring(0, 10) : tekst);
        } catch (DateTimeParseException e) {
            throw OngeldigeInvoerException.veld(naam, "moet een datum zijn (JJJJ-MM-DD)");
        }
    }

    public static LocalDate datumNietInDeToekomst(VariableScope scope, String naam) {
        LocalDate datum = datum(scope, naam);
        if (datum != null && datum.isAfter(Tijd.vandaag())) {
            throw OngeldigeInvoerException.veld(naam, "ligt in de toekomst");
        }
        return datum;
    }

    public static Integer geheelGetal(VariableScope scope, String naam) {
        Object waarde = scope.getVariable(naam);
        if (waarde == null || String.valueOf(waarde).isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(String.valueOf(waarde)).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw OngeldigeInvoerException.veld(naam, "moet een geheel getal zijn");
        }
    }

    /** Removes form values that now live in our own tables: the engine keeps only what routing needs. */
    public static void ruimOp(VariableScope scope, String... namen) {
        for (String naam : namen) {
            scope.removeVariable(naam);
        }
    }
}
