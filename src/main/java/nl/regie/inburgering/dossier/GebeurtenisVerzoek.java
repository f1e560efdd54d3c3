package nl.regie.inburgering.dossier;

import java.time.LocalDate;

/** {@code POST /api/dossiers/{dossiernummer}/gebeurtenissen}. */
public record GebeurtenisVerzoek(String type, LocalDate datum, String toelichting) {
}
