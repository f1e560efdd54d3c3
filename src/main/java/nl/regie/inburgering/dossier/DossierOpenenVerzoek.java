package nl.regie.inburgering.dossier;

import java.time.LocalDate;

/** {@code POST /api/dossiers}: COA's koppeling or a casemanager's registration. */
public record DossierOpenenVerzoek(
        String bsn,
        String voornamen,
        String achternaam,
        LocalDate geboortedatum,
        String nationaliteit,
        String doelgroep,
        String gemeente,
        LocalDate koppelingsdatum,
        Boolean bijstand,
        LocalDate brpInschrijvingsdatum) {
}
