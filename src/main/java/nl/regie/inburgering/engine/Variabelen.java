package nl.regie.inburgering.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

    /** Dates in messages as a casemanager reads them: dd-mm-jjjj. */
    public static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    /** The date as dd-mm-jjjj, the way messages show the date as the server understood it. */
    public static String nl(LocalDate datum) {
        return datum == null ? "(geen datum)" : datum.format(NL);
    }

    public static LocalDate datumNietInDeToekomst(VariableScope scope, String naam) {
        LocalDate datum = datum(scope, naam);
        LocalDate vandaag = Tijd.vandaag();
        if (datum != null && datum.isAfter(vandaag)) {
            throw OngeldigeInvoerException.veld(naam, nl(datum) + " ligt in de toekomst (vandaag is " + nl(vandaag)
                    + "); een datum van iets dat gebeurd is kan niet later zijn dan vandaag");
        }
        return datum;
    }

    /**
     * A date of something that happened: required, not after today and not before {@code grens} (when known), e.g.
     * the koppeling or the appointment it followed. The message names the rule and shows both dates as dd-mm-jjjj.
     *
     * @param grensOmschrijving what the lower bound is, e.g. "de afspraak van de brede intake"
     */
    public static LocalDate gebeurdeDatum(VariableScope scope, String naam, LocalDate grens, String grensOmschrijving) {
        LocalDate datum = datumNietInDeToekomst(scope, naam);
        if (datum == null) {
            throw OngeldigeInvoerException.veld(naam, "is verplicht");
        }
        nietVoor(naam, datum, grens, grensOmschrijving);
        return datum;
    }

    /**
     * A start date that may lie ahead (a course, a training): not before {@code grens} (when known) and at most a year
     * after today, so that a date typed with day and month swapped does not slip through.
     */
    public static LocalDate startdatum(VariableScope scope, String naam, LocalDate grens, String grensOmschrijving) {
        LocalDate datum = datum(scope, naam);
        nietVoor(naam, datum, grens, grensOmschrijving);
        LocalDate uiterst = Tijd.vandaag().plusYears(1);
        if (datum != null && datum.isAfter(uiterst)) {
            throw OngeldigeInvoerException.veld(naam, nl(datum) + " ligt meer dan een jaar vooruit (uiterlijk "
                    + nl(uiterst) + "); controleer de datum");
        }
        return datum;
    }

    /** Refuses {@code datum} before {@code grens} (when both are known), naming the rule and both dates. */
    public static void nietVoor(String naam, LocalDate datum, LocalDate grens, String grensOmschrijving) {
        if (datum != null && grens != null && datum.isBefore(grens)) {
            throw OngeldigeInvoerException.veld(naam, nl(datum) + " ligt voor " + grensOmschrijving + " op " + nl(grens)
                    + "; de datum kan niet eerder zijn");
        }
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
