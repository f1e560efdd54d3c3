package nl.regie.inburgering.voortgang;

/** The variables of voortgang.bpmn and its form voortgangsgesprek-voeren. */
final class VoortgangsgesprekVariabelen {

    /** Read-only on the task (task-local, set at creation): what happened since the last conversation. */
    static final String OVERZICHT = "voortgangOverzicht";
    static final String GEPLAND = "voortgangsgesprekGepland";
    static final String DATUM = "voortgangsgesprekDatum";
    static final String UITKOMST = "voortgangUitkomst";
    static final String PARTICIPATIE = "participatieActiviteit";
    static final String VERSLAG = "voortgangVerslag";
    static final String SIGNAAL = "signaalOmschrijving";
    /** Who held the conversation (set by the completion check from the logged-in user, never from the form). */
    static final String DOOR = "voortgangsgesprekDoor";

    static final int SIGNAAL_MAX = 2000;

    private VoortgangsgesprekVariabelen() {
    }
}
