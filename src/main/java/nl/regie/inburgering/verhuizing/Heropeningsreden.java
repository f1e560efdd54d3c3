package nl.regie.inburgering.verhuizing;

/** Why a closed dossier is reopened (a new dossier linked to the old one). */
public enum Heropeningsreden {
    /** DUO SS129: temporary exemption withdrawn, no PIP known yet: a fresh start (brede intake, ten weeks). */
    VRIJSTELLING_INGETROKKEN_ZONDER_PIP,
    /** DUO SS130: temporary exemption withdrawn, PIP already known: the earlier plicht resumes with its PIP and term. */
    VRIJSTELLING_INGETROKKEN_MET_PIP,
    /** The person returned (from abroad, or back to this gemeente): the PIP and term when they still apply. */
    TERUGGEKEERD
}
