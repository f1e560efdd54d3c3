package nl.regie.inburgering.termijn;

import java.time.LocalDate;

import nl.regie.inburgering.dossier.Doelgroep;

/**
 * What the BRP signal asks of a dossier when {@code Timer_BrpOnbekend} fires: its doelgroep and BRP registration, read
 * as two columns (one query, no entity, no person) by {@link BrpStandRepository}.
 */
public record BrpStand(Doelgroep doelgroep, LocalDate brpInschrijvingsdatum) {

    public boolean inschrijvingOnbekend() {
        return doelgroep.isStatushouder() && brpInschrijvingsdatum == null;
    }
}
