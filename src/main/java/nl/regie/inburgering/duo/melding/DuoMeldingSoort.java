package nl.regie.inburgering.duo.melding;

/**
 * What the gemeente reports to DUO, one value per call of DUO's gemeente M2M interface ({@code src/main/openapi/duo}).
 * The omschrijving is what the casemanager reads on a refused report.
 */
public enum DuoMeldingSoort {
    /** PIP.yml {@code POST /personen/{bsn}/PIP}: the fixed PIP and every new version (dagtekening, leerroute, niveau). */
    PIP("PIP-beschikking"),
    /** Inburgeringsaanbod.yml {@code POST /personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}}: the taalaanbieder. */
    INBURGERINGSAANBOD("Inburgeringsaanbod bij de taalaanbieder"),
    /** MAPPVTZroute.yml {@code PUT /personen/{bsn}/pvt}: signing date of the participatieverklaring, verwijtbaar. */
    PVT("Ondertekening participatieverklaring (PVT)"),
    /** MAPPVTZroute.yml {@code PUT /personen/{bsn}/map}: date of the MAP eindgesprek, verwijtbaar. */
    MAP("Eindgesprek MAP"),
    /** MAPPVTZroute.yml {@code PUT /personen/{bsn}/zroute}: the Z-route's completion. */
    ZROUTE("Afronding Z-route"),
    /** GevolgdeUren.yml {@code PUT /personen/{bsn}/uren/participatietaalles}: hours of language and KNM lessons. */
    UREN_TAALLES("Gevolgde uren taalles en KNM"),
    /** GevolgdeUren.yml {@code PUT /personen/{bsn}/uren/participatieactiviteiten}: Z-route participation hours. */
    UREN_PARTICIPATIE("Gevolgde uren participatieactiviteiten (Z-route)"),
    /** Contactpersoon.yml {@code POST /contactpersonen} (once per casemanager) and {@code POST /contactpersonen/{id}/personen/{bsn}}. */
    CONTACTPERSOON("Casemanager als contactpersoon"),
    /** Leerbaarheidstoets.yml {@code GET /personen/{bsn}/lbt/examennummer}: the exam number to plan the LBT. */
    LBT_EXAMENNUMMER("Examennummer voor de leerbaarheidstoets");

    private final String omschrijving;

    DuoMeldingSoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
