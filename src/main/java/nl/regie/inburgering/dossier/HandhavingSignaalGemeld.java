package nl.regie.inburgering.dossier;

import java.time.LocalDate;

/**
 * Dossier event: a source saw conduct that may call for handhaving. Published with Spring's ApplicationEventPublisher
 * inside the transaction that records the source's own data; the handhaving capability listens in the same
 * transaction ({@code @EventListener}), records the signal and starts one case per fact (dossier + gedraging +
 * period), so a failure there rolls the source back and becomes the source's incident, never silence.
 *
 * @param dossiernummer the dossier
 * @param bron          the source: VOORTGANGSGESPREK, BREDE_INTAKE, PARTNERRAPPORTAGE, INBURGERINGSTERMIJN, CASEMANAGER
 * @param gedraging     the conduct (handhaving/Gedraging name), e.g. BREDE_INTAKE_NIET_VERSCHENEN, LESVERZUIM
 * @param periodeVan    first day of the conduct
 * @param periodeTot    last day of the conduct (the same day for a single moment, e.g. a missed appointment)
 * @param omschrijving  what was seen (free text, stays in our tables)
 * @param door          the user (or {@code systeem:...}) that reported it
 */
public record HandhavingSignaalGemeld(String dossiernummer, String bron, String gedraging, LocalDate periodeVan,
                                      LocalDate periodeTot, String omschrijving, String door) {
}
