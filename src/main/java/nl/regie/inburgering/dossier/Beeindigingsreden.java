package nl.regie.inburgering.dossier;

/**
 * Why a dossier ended, coded (Wi 7, 10, 19; DUO events SS106–SS111, SS120/SS121): never only free text, so that
 * every ending is countable by reason. The categorie groups the reasons for the voortgangsrapportage.
 */
public enum Beeindigingsreden {
    VOLDAAN_DIPLOMA(Categorie.VOLDAAN, "Inburgeringsplicht voldaan: inburgeringsdiploma (B1-route)"),
    VOLDAAN_ONDERWIJSROUTE(Categorie.VOLDAAN, "Inburgeringsplicht voldaan: onderwijsroute afgerond"),
    VOLDAAN_Z_ROUTE(Categorie.VOLDAAN, "Inburgeringsplicht voldaan: Z-route afgerond (certificaat)"),
    VRIJSTELLING(Categorie.VRIJSTELLING, "Gehele vrijstelling (DUO)"),
    ONTHEFFING(Categorie.ONTHEFFING, "Gehele ontheffing (DUO)"),
    INGETROKKEN_NATURALISATIE(Categorie.INGETROKKEN, "Plicht vervallen: naturalisatie"),
    INGETROKKEN_AOW_LEEFTIJD(Categorie.INGETROKKEN, "Plicht vervallen: AOW-leeftijd bereikt"),
    INGETROKKEN_VERBLIJFSVERGUNNING(Categorie.INGETROKKEN, "Plicht vervallen: verblijfsvergunning ingetrokken"),
    INGETROKKEN_BUITENLAND(Categorie.INGETROKKEN, "Plicht vervallen: langer dan een jaar buiten Nederland"),
    OVERLEDEN(Categorie.OVERLEDEN, "Overleden"),
    VERTREK_UIT_NEDERLAND(Categorie.VERTROKKEN, "Vertrokken uit Nederland"),
    VERHUISD(Categorie.VERHUISD, "Verhuisd naar een andere gemeente"),
    GEEN_PLICHT(Categorie.GEEN_PLICHT, "Geen inburgeringsplicht");

    /** The groups a report counts by. */
    public enum Categorie { VOLDAAN, VRIJSTELLING, ONTHEFFING, INGETROKKEN, OVERLEDEN, VERTROKKEN, VERHUISD, GEEN_PLICHT }

    private final Categorie categorie;
    private final String omschrijving;

    Beeindigingsreden(Categorie categorie, String omschrijving) {
        this.categorie = categorie;
        this.omschrijving = omschrijving;
    }

    public Categorie categorie() { return categorie; }
    public String omschrijving() { return omschrijving; }
}
