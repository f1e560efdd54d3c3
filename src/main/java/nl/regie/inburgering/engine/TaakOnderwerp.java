package nl.regie.inburgering.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a user task is about, for Tasklist's list: the inburgeraar's name, the dossier number and the gemeente's name,
 * read from our own tables by the process's business key (a dossier number, or a handhaving zaaknummer). Every user
 * task carries them as task-local variables from its creation ({@link EngineConfiguratie}); the shared filters name
 * them in their {@code variables} property, so Tasklist shows them on every task in the list. Task-local, so that
 * they are never part of what a process or a partner's external task carries, and no form field: a user completing
 * a task cannot overwrite them ({@link TaakVariabelenInterceptor}). They leave no history: a display copy of our
 * tables ({@link AfgeschermdeHistorie}).
 */
public interface TaakOnderwerp {

    String INBURGERAAR = "inburgeraar";
    String DOSSIERNUMMER = "dossiernummer";
    String GEMEENTE_NAAM = "gemeenteNaam";

    /** The three names. */
    Set<String> NAMEN = Set.of(INBURGERAAR, DOSSIERNUMMER, GEMEENTE_NAAM);

    /** The variables in the order Tasklist shows them, with their Dutch labels. */
    List<Map<String, String>> FILTER_VARIABELEN = List.of(
            Map.of("name", INBURGERAAR, "label", "Inburgeraar"),
            Map.of("name", DOSSIERNUMMER, "label", "Dossier"),
            Map.of("name", GEMEENTE_NAAM, "label", "Gemeente"));

    /**
     * The three values for a process with this business key (and, when it has none, its {@code dossiernummer}
     * variable); empty when no dossier belongs to it.
     */
    Map<String, Object> voor(String businessKey, String dossiernummerVariabele);
}
