package nl.regie.inburgering.dossier;

/** Events from outside (DUO, BRP, the income system) or recorded by the casemanager on a dossier. */
public enum GebeurtenisType {
    /** DUO's kennisgeving of the inburgeringsplicht (SS139): the ten-week clock may start. */
    KENNISGEVING_DUO,
    /** Registration in the gemeente's BRP: for statushouders the ten-week clock starts here. */
    BRP_INSCHRIJVING,
    /** The right to bijstand starts (financieel ontzorgen follows in a later stage). */
    START_BIJSTAND,
    /** The PIP waits for information from a third party (Bi 5.3 opschorting). */
    WACHTEN_OP_DERDE,
    /** The awaited information arrived: the PIP is due within two weeks of this date. */
    INFORMATIE_DERDE_ONTVANGEN,
    /** The dossier ends before the route does (moved away, ontheffing, plicht withdrawn, death): every track stops. */
    BEEINDIGD,
    /**
     * DUO's exam results (SS199; SS106 diploma): the authoritative result per B1 exam part. Toelichting code
     * {@code ONDERDEEL:UITSLAG[;…]} with parts LEZEN, LUISTEREN, SCHRIJVEN, SPREKEN, KNM and GEHAALD or NIET_GEHAALD;
     * datum is the exam date. The B1-route is met on these, not on the taalaanbieder's report.
     */
    EXAMENRESULTAAT_DUO
}
