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
    /**
     * The plicht ends, with a coded {@code reden} (dossier/Beeindigingsreden): voldaan (DUO's diploma, onderwijsroute,
     * Z-route certificate: SS106/SS141), vrijstelling, ontheffing, plicht ingetrokken, overleden, vertrokken, verhuisd.
     * Every track stops, partners are told, the closing date starts the retention period.
     */
    BEEINDIGD,
    /** A verlenging of the inburgeringstermijn was requested from DUO (DUO decides within eight weeks): end unchanged. */
    VERLENGING_AANGEVRAAGD,
    /** DUO extended the term ex officio (SS103): {@code einddatum} is the new end (exclusive, as DUO's). */
    VERLENGING_AMBTSHALVE,
    /** DUO granted the requested verlenging (SS104): {@code einddatum} is the new end (exclusive, as DUO's). */
    VERLENGING_OP_AANVRAAG,
    /** DUO refused the requested verlenging (SS113): the end stays. */
    VERLENGING_AFGEWEZEN,
    /** DUO asks the gemeente's advice on an ontheffing request (SS140): the casemanager gets an advice task. */
    ONTHEFFING_ADVIES_GEVRAAGD;

    /** The events that carry a new end of the inburgeringstermijn. */
    public boolean verlengtTermijn() {
        return this == VERLENGING_AMBTSHALVE || this == VERLENGING_OP_AANVRAAG;
    }
}
