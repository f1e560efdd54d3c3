package nl.regie.inburgering.brieven;

/** The kinds of letter; each has its template {@code brieven/<sjabloon>.html}. */
public enum BriefSoort {
    /** The PIP as beschikking (Wi 14), also each later version (Wi 15: a change is again a beschikking). */
    PIP_BESCHIKKING("pip-beschikking"),
    /** The refusal of a requested PIP change. */
    PIP_WIJZIGING_AFGEWEZEN("pip-wijziging-afgewezen"),
    /** The oproep for the brede intake (Wi 14, Bi 2.5). */
    OPROEP_BREDE_INTAKE("oproep-brede-intake"),
    /** The written warning after a missed brede-intake appointment. */
    WAARSCHUWING_BREDE_INTAKE("waarschuwing-brede-intake"),
    /** The dossier closes: no inburgeringsplicht. */
    GEEN_INBURGERINGSPLICHT("geen-inburgeringsplicht"),
    /** Handhaving: the warning with the period to comply. */
    HANDHAVING_WAARSCHUWING("handhaving-waarschuwing"),
    /** Handhaving: the intention to fine, with the zienswijze period (Awb 4:8). */
    HANDHAVING_VOORNEMEN_BOETE("handhaving-voornemen"),
    /** Handhaving: the boetebeschikking with amount, computation and bezwaar clause. */
    BOETEBESCHIKKING("boetebeschikking");

    private final String sjabloon;

    BriefSoort(String sjabloon) {
        this.sjabloon = sjabloon;
    }

    public String sjabloon() {
        return sjabloon;
    }
}
