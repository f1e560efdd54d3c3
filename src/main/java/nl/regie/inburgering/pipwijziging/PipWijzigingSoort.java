package nl.regie.inburgering.pipwijziging;

/**
 * The kinds of PIP change (Wi 15); one change may combine them. Each has its checkbox on the form
 * {@code pip-wijziging-opstellen}.
 */
public enum PipWijzigingSoort {
    /** The route switch: within 1.5 years of the term's start, judged on the dagtekening (onderwijs → B1 always). */
    LEERROUTE("wijzigLeerroute"),
    /** DUO's estimated hours of the B1-route, alfabetisering, may finish the current education. */
    INTENSITEIT("wijzigIntensiteit"),
    /** A2 instead of B1 per exam part (after 600 hours NT2 and enough effort), or back to B1. */
    NIVEAU("wijzigNiveau"),
    /** The PVT and MAP agreements. */
    PVT_MAP("wijzigPvtMap"),
    /** Maatschappelijke begeleiding. */
    BEGELEIDING("wijzigBegeleiding"),
    /** Financieel ontzorgen (Pw art. 56a). */
    ONTZORGEN("wijzigOntzorgen"),
    /** The voortgangsgesprekken interval (Wi 16; P1M..P6M, empty: the gemeente's default); re-plans the waiting one. */
    INTERVAL("wijzigInterval");

    private final String formVeld;

    PipWijzigingSoort(String formVeld) {
        this.formVeld = formVeld;
    }

    public String formVeld() {
        return formVeld;
    }
}
