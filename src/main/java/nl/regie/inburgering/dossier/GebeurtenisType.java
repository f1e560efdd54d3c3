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
    /**
     * The inburgeraar is housed in the gemeente (COA or the casemanager): where the gemeente ontzorgt from the housing
     * ({@code ontzorgen-start: HUISVESTING}) this date, with the bijstand, starts financieel ontzorgen. The first
     * recorded date counts.
     */
    HUISVESTING,
    /** The PIP waits for information from a third party (Bi 5.3 opschorting). */
    WACHTEN_OP_DERDE,
    /** The awaited information arrived: the PIP is due within two weeks of this date. */
    INFORMATIE_DERDE_ONTVANGEN,
    /**
     * DUO's notice that the person is inburgeringsplichtig (DUO events SS101, SS128: obliged, AOW age within six
     * months). Recorded only: it starts no clock (that is SS139, {@link #KENNISGEVING_DUO}).
     */
    INBURGERINGSPLICHT_DUO,
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
    ONTHEFFING_ADVIES_GEVRAAGD,
    /**
     * DUO's exam results (SS199; SS106 diploma): the authoritative result per B1 exam part. Toelichting code
     * {@code ONDERDEEL:UITSLAG[;…]} with parts LEZEN, LUISTEREN, SCHRIJVEN, SPREKEN, KNM and GEHAALD or NIET_GEHAALD;
     * datum is the exam date. The B1-route is met on these, not on the taalaanbieder's report.
     */
    EXAMENRESULTAAT_DUO,
    /**
     * A fine DUO imposed itself (PVT, MAP or leerroute not done in time, or the inburgeringstermijn passed): a fact
     * recorded on the dossier, never a fine of the gemeente (it does not count for the gemeente's maximum per term).
     * DUO's account only. Toelichting code {@code ONDERDEEL:<onderdeel>;BEDRAG:<euros>} with onderdeel PVT, MAP,
     * LEERROUTE or INBURGERINGSTERMIJN and the amount in euros with exactly two decimals and a point, more than zero,
     * e.g. {@code ONDERDEEL:PVT;BEDRAG:340.00}; datum is the date of DUO's beschikking. One fine per onderdeel and
     * date: DUO's fines of several onderdelen on one day are separate events; the same onderdeel twice on one day is
     * recorded once. Checked and read by {@code handhaving/DuoBoetes}.
     */
    BOETE_DUO,
    /**
     * The doelgroep changed (DUO events SS124/SS125 from DUO's Inburgeringsplicht-API, or the casemanager): the
     * toelichting is the new doelgroep, exactly one of {@link Doelgroep} (e.g. {@code GEZINSMIGRANT}). The dossier's
     * doelgroep changes (also the main process's routing variable); tracks that now have their starting fact start
     * (MB, ontzorgen for a statushouder); tracks already running keep running; the casemanager gets a PIP change to
     * review the PIP and those tracks ({@link PipWijzigingGevraagd}, aanleiding {@code DOELGROEP_GEWIJZIGD}). The same doelgroep again is no change.
     */
    DOELGROEP_GEWIJZIGD;

    /** The events only DUO's account records (DUO's own facts: exam results, DUO's fines). */
    public boolean alleenDuo() {
        return this == EXAMENRESULTAAT_DUO || this == BOETE_DUO;
    }

    /** The events that carry a new end of the inburgeringstermijn. */
    public boolean verlengtTermijn() {
        return this == VERLENGING_AMBTSHALVE || this == VERLENGING_OP_AANVRAAG;
    }
}
