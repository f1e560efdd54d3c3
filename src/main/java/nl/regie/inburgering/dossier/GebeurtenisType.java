package nl.regie.inburgering.dossier;

/** Events from outside (DUO, BRP, the income system) or recorded by the casemanager on a dossier. */
public enum GebeurtenisType {
    /**
     * DUO's kennisgeving that the ten weeks for the PIP started (DUO event SS139): the ten-week clock starts here
     * (for a statushouder not yet in the BRP: at the registration). The first recorded date counts; a repeat with
     * another date (SS139 also comes when DUO sees the person leave the COA) is recorded but does not move the clock.
     */
    KENNISGEVING_DUO,
    /**
     * Registration in the gemeente's BRP: for statushouders the ten-week clock starts here when it is later than the
     * kennisgeving. The first recorded date counts; a repeat is recorded but does not move the clock.
     */
    BRP_INSCHRIJVING,
    /** The right to bijstand starts (financieel ontzorgen follows in a later stage). */
    START_BIJSTAND,
    /** The PIP waits for information from a third party (Bi 5.3 opschorting). */
    WACHTEN_OP_DERDE,
    /** The awaited information arrived: the PIP is due within two weeks of this date. */
    INFORMATIE_DERDE_ONTVANGEN,
    /**
     * DUO's notice that the person is inburgeringsplichtig (DUO events SS101, SS128: obliged, AOW age within six
     * months). Recorded only: it starts no clock (that is SS139, {@link #KENNISGEVING_DUO}).
     */
    INBURGERINGSPLICHT_DUO,
    /** The dossier ends before the route does (moved away, ontheffing, plicht withdrawn, death): every track stops. */
    BEEINDIGD,
    /**
     * DUO's exam results (SS199; SS106 diploma): the authoritative result per B1 exam part. Toelichting code
     * {@code ONDERDEEL:UITSLAG[;…]} with parts LEZEN, LUISTEREN, SCHRIJVEN, SPREKEN, KNM and GEHAALD or NIET_GEHAALD;
     * datum is the exam date. The B1-route is met on these, not on the taalaanbieder's report.
     */
    EXAMENRESULTAAT_DUO
}
