package nl.regie.inburgering.termijn;

import java.time.LocalDate;
import java.util.Optional;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.gemeente.Gemeente;

/**
 * The ten-week limit for fixing the PIP (Besluit inburgering 2021, art. 5.3), computed from the dossier's events: the
 * law's periods ({@link Wettermijnen}, with the Algemene termijnenwet) and the gemeente's reminder (policy).
 *
 * @param start       the day the clock started
 * @param herinnering the day the casemanager is reminded
 * @param uiterlijk   the last day on which the PIP is on time
 */
public record PipTermijn(LocalDate start, LocalDate herinnering, LocalDate uiterlijk) {

    /**
     * The clock starts at DUO's kennisgeving that the ten weeks started (SS139, {@code KENNISGEVING_DUO}; DUO's
     * "inburgeringsplichtig" SS101/SS128 is {@code INBURGERINGSPLICHT_DUO} and starts nothing); for a statushouder not
     * yet in the gemeente's BRP at that moment, at the BRP registration. The first recorded date of each counts (a
     * repeat does not move the clock). Empty while the clock has not started.
     */
    public static Optional<LocalDate> klokStart(Dossier dossier) {
        if (dossier.isVerhuisdZonderPip()) { // SS120: from the registration in the new gemeente, every doelgroep
            return Optional.ofNullable(dossier.getBrpInschrijvingsdatum());
        }
        LocalDate kennisgeving = dossier.getKennisgevingDuoDatum();
        if (kennisgeving == null) {
            return Optional.empty();
        }
        if (!dossier.getDoelgroep().isStatushouder()) {
            return Optional.of(kennisgeving);
        }
        LocalDate brp = dossier.getBrpInschrijvingsdatum();
        if (brp == null) {
            return Optional.empty();
        }
        return Optional.of(brp.isAfter(kennisgeving) ? brp : kennisgeving);
    }

    /**
     * Whether the limit is suspended now: the gemeente waits for information from a third party and has not received
     * it yet. The only allowed overrun (art. 5.3): while waiting the limit cannot pass; it becomes two weeks after the
     * information arrives (when that is later than the ten weeks).
     */
    public static boolean opgeschort(Dossier dossier) {
        LocalDate sinds = dossier.getOpschortingSinds();
        LocalDate ontvangen = dossier.getInformatieDerdeOntvangen();
        return sinds != null && (ontvangen == null || ontvangen.isBefore(sinds));
    }

    public static Optional<PipTermijn> voor(Dossier dossier, Gemeente gemeente) {
        return klokStart(dossier).map(start -> {
            LocalDate uiterlijk = Wettermijnen.pipUiterlijk(start);
            // Opschorting: waiting for a third party, the PIP is due within two weeks of receiving the information.
            if (dossier.getInformatieDerdeOntvangen() != null) {
                LocalDate naInformatie = Wettermijnen.pipUiterlijkNaInformatieDerde(dossier.getInformatieDerdeOntvangen());
                if (naInformatie.isAfter(uiterlijk)) {
                    uiterlijk = naInformatie;
                }
            }
            return new PipTermijn(start, start.plus(gemeente.pipHerinneringNa()), uiterlijk);
        });
    }
}
