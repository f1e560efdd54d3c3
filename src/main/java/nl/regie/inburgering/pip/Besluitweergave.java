package nl.regie.inburgering.pip;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * How a decision form shows stored values to the teamleider: routes in words, dates as dd-mm-jjjj, a user by full name
 * (from the identity service) with the login. Read-only display text only; nothing decides on it.
 */
public final class Besluitweergave {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Besluitweergave() {
    }

    public static String route(Leerroute route) {
        if (route == null) {
            return null;
        }
        return switch (route) {
            case B1 -> "B1-route";
            case Z -> "Z-route (zelfredzaamheidsroute)";
            case ONDERWIJS -> "Onderwijsroute";
        };
    }

    public static String datum(LocalDate datum) {
        return datum == null ? null : DATUM.format(datum);
    }

    public static String janee(Boolean waarde) {
        return waarde == null ? null : waarde ? "Ja" : "Nee";
    }

    /**
     * "Voornaam Achternaam (login)", or the login alone when the identity service knows no name. Inside an engine
     * command (a listener): read without the current user's authorizations (who works the previous task need not read
     * users).
     */
    public static String naam(IdentityService identiteit, String login) {
        if (login == null) {
            return null;
        }
        CommandContext context = Context.getCommandContext();
        User gebruiker = context == null ? identiteit.createUserQuery().userId(login).singleResult()
                : context.runWithoutAuthorization(() -> identiteit.createUserQuery().userId(login).singleResult());
        if (gebruiker == null) {
            return login;
        }
        String naam = ((gebruiker.getFirstName() == null ? "" : gebruiker.getFirstName()) + " "
                + (gebruiker.getLastName() == null ? "" : gebruiker.getLastName())).trim();
        return naam.isEmpty() ? login : naam + " (" + login + ")";
    }
}
