package nl.regie.inburgering.dossier;

import java.time.LocalDate;

/**
 * {@code POST /api/dossiers/{dossiernummer}/gebeurtenissen}. {@code reden}: required with BEEINDIGD, a
 * {@link Beeindigingsreden} code. {@code einddatum}: required with VERLENGING_AMBTSHALVE and VERLENGING_OP_AANVRAAG,
 * the new end of the inburgeringstermijn, exclusive (the first day after the term), as DUO's {@code einddatum}.
 */
public record GebeurtenisVerzoek(String type, LocalDate datum, String toelichting, String reden, LocalDate einddatum) {

    public GebeurtenisVerzoek(String type, LocalDate datum, String toelichting) {
        this(type, datum, toelichting, null, null);
    }
}
