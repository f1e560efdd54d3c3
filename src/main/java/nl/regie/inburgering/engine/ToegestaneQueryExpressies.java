package nl.regie.inburgering.engine;

import java.util.Map;

/**
 * The only expressions a task query may carry (CVE-2026-109432): those of our own saved Tasklist filters, each for
 * exactly one query property and matched character for character. They are accepted only in a stored filter's own
 * query, never in an ad-hoc query or in a query that extends a filter ({@link QueryExpressieInterceptor}).
 */
public final class ToegestaneQueryExpressies {

    /** "Mijn taken": tasks assigned to the user who runs the filter. */
    public static final String HUIDIGE_GEBRUIKER = "${currentUser()}";
    /** "Mijn gemeenten": tasks for the groups of the user who runs the filter. */
    public static final String GROEPEN_VAN_HUIDIGE_GEBRUIKER = "${currentUserGroups()}";
    /** "Termijn verloopt binnen 14 dagen": tasks due within two weeks from now. */
    public static final String BINNEN_14_DAGEN = "${dateTime().plusDays(14).toDate()}";

    /** Query property (the key of the engine's expression map) to the one expression allowed for it. */
    private static final Map<String, String> PER_EIGENSCHAP = Map.of(
            "taskAssignee", HUIDIGE_GEBRUIKER,
            "taskCandidateGroupIn", GROEPEN_VAN_HUIDIGE_GEBRUIKER,
            "dueBefore", BINNEN_14_DAGEN);

    private ToegestaneQueryExpressies() {
    }

    /** Whether a stored filter's query may use this expression for this property. */
    public static boolean toegestaan(String eigenschap, String expressie) {
        return eigenschap != null && expressie != null && expressie.equals(PER_EIGENSCHAP.get(eigenschap));
    }
}
