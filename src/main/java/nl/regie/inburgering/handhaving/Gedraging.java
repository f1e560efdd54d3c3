package nl.regie.inburgering.handhaving;

/**
 * The conduct a handhaving case is about. Together with its period it is the fact: one fact, one case (and one
 * sanction). Who enforces it follows from the law: the gemeente fines the brede intake (Wi 22) and the PIP's
 * obligations (Wi 23); DUO fines PVT, MAP and the leerroute not done within the term, on the gemeente's verwijtbaar
 * indication per result (the case gives that indication and fines nothing itself).
 */
public enum Gedraging {
    /** Did not appear at the brede intake without a valid reason (Wi 22). */
    BREDE_INTAKE_NIET_VERSCHENEN(Handhaver.GEMEENTE, Soort.BREDE_INTAKE, null),
    /** Appeared at the brede intake but did not cooperate (Wi 22). */
    BREDE_INTAKE_NIET_MEEWERKEN(Handhaver.GEMEENTE, Soort.BREDE_INTAKE, null),
    /** Did not keep an agreement of the PIP (Wi 23), e.g. as seen in a voortgangsgesprek or by the casemanager. */
    PIP_AFSPRAKEN(Handhaver.GEMEENTE, Soort.PIP, null),
    /** Absent from lessons or no effort beyond the gemeente's threshold, as the taalaanbieder reported (Wi 23). */
    LESVERZUIM(Handhaver.GEMEENTE, Soort.PIP, null),
    /** The PVT not done by its deadline: DUO enforces, the case gives the verwijtbaar indication. */
    PVT_NIET_VOLTOOID(Handhaver.DUO, Soort.PIP, "PVT"),
    /** The MAP not done by its deadline: DUO enforces, the case gives the verwijtbaar indication. */
    MAP_NIET_VOLTOOID(Handhaver.DUO, Soort.PIP, "MAP"),
    /** The leerroute not done by its deadline: DUO enforces, the case gives the verwijtbaar indication. */
    LEERROUTE_NIET_VOLTOOID(Handhaver.DUO, Soort.PIP, "LEERROUTE");

    public enum Handhaver { GEMEENTE, DUO }

    /** The fine rules that apply (input of the decision table): the brede intake's fixed amount or the PIP's. */
    public enum Soort { BREDE_INTAKE, PIP }

    private final Handhaver handhaver;
    private final Soort soort;
    private final String duoOnderdeel;

    Gedraging(Handhaver handhaver, Soort soort, String duoOnderdeel) {
        this.handhaver = handhaver;
        this.soort = soort;
        this.duoOnderdeel = duoOnderdeel;
    }

    public Handhaver handhaver() { return handhaver; }
    public Soort soort() { return soort; }
    /** DUO's result this conduct's indication belongs to (PVT, MAP, LEERROUTE); null where the gemeente fines. */
    public String duoOnderdeel() { return duoOnderdeel; }
    public boolean doorDuo() { return handhaver == Handhaver.DUO; }
}
