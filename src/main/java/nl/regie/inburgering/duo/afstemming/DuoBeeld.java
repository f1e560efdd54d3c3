package nl.regie.inburgering.duo.afstemming;

import java.time.LocalDate;

/**
 * DUO's view of one person, as the reconciliation compares it (read with the generated clients of
 * Inburgeringsplicht.yml, Inburgeringstermijn.yml, Vrijstelling.yml and Ontheffing.yml). Null where DUO knows nothing.
 *
 * @param plicht            DUO's indicatorInburgeringsplicht; null when DUO does not know the person (404)
 * @param geenPlichtReden   DUO's redenGeenInburgeringsplicht
 * @param doelgroep         DUO's indeling ("Asielstatushouder", "Gezinsmigrant en overige migrant")
 * @param termijnEinde      DUO's einddatum of the inburgeringstermijn (exclusive, as ours)
 * @param vrijstelling      a granted whole or current temporary vrijstelling, in words
 * @param ontheffing        a granted whole ontheffing, in words
 */
public record DuoBeeld(Boolean plicht, String geenPlichtReden, String doelgroep, LocalDate termijnEinde,
                       String vrijstelling, String ontheffing) {
}
