package nl.regie.inburgering.engine;

/**
 * Names of the process variables the models route on. Only routing data lives in the engine;
 * the dossier itself is in our own tables, found through the business key (the dossiernummer).
 */
public final class ProcesVariabelen {

    public static final String DOSSIERNUMMER = "dossiernummer";
    public static final String GEMEENTE = "gemeente";
    public static final String DOELGROEP = "doelgroep";
    public static final String NATIONALITEIT = "nationaliteit";
    public static final String LEEFTIJD = "leeftijd";

    public static final String PLICHTIG = "plichtig";
    public static final String PLICHT_REDEN = "plichtReden";
    public static final String GEEN_PLICHT_BESLUIT = "geenPlichtBesluit";
    public static final String GEEN_PLICHT_TOELICHTING = "geenPlichtToelichting";

    public static final String PIP_TERMIJN_GESTART = "pipTermijnGestart";
    public static final String PIP_UITERLIJKE_DATUM = "pipUiterlijkeDatum";
    public static final String PIP_TERMIJN_VERSTREKEN_OP = "pipTermijnVerstrekenOp";
    public static final String PIP_HERINNERINGSDATUM = "pipHerinneringsdatum";
    /** The limit as the forms show it (JJJJ-MM-DD). */
    public static final String PIP_UITERLIJKE_DATUM_TEKST = "pipUiterlijkeDatumTekst";

    public static final String OPROEP_NUMMER = "oproepNummer";
    public static final String LAATSTE_OPROEP = "laatsteOproep";
    public static final String OPROEP_DATUM = "oproepDatum";
    public static final String VERSCHENEN = "verschenen";
    public static final String LBT_UITSLAG = "lbtUitslag";

    public static final String ADVIES_LEERROUTE = "adviesLeerroute";
    public static final String ADVIES_REDEN = "adviesReden";
    public static final String LEERROUTE = "leerroute";
    public static final String PIP_AUTEUR = "pipAuteur";
    public static final String PIP_BESLUIT = "pipBesluit";

    public static final String MESSAGE_PIP_TERMIJN_GEWIJZIGD = "PipTermijnGewijzigd";

    private ProcesVariabelen() {
    }
}
