package nl.regie.inburgering.dossier;

import java.time.LocalDate;

import nl.regie.inburgering.verhuizing.VerhuisdZonderPip;
import nl.regie.inburgering.verhuizing.VorigePip;

/**
 * {@code POST /api/dossiers}: COA's koppeling or a casemanager's registration; {@code vorigePip} (optional) for a
 * person who moved in with the PIP of a gemeente not on this installation (DUO SS121); {@code verhuisdZonderPip}
 * (optional) for one who moved in from such a gemeente without a PIP (SS120: the ten weeks run from the registration);
 * {@code verwachteHuisvestingsdatum} (optional): COA's expected housing date (shown; it starts nothing).
 */
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
        LocalDate brpInschrijvingsdatum,
        VorigePip vorigePip,
        VerhuisdZonderPip verhuisdZonderPip,
        LocalDate verwachteHuisvestingsdatum) {

    /** Moved in without a PIP (SS120), no expected housing date. */
    public DossierOpenenVerzoek(String bsn, String voornamen, String achternaam, LocalDate geboortedatum,
                                String nationaliteit, String doelgroep, String gemeente, LocalDate koppelingsdatum,
                                Boolean bijstand, LocalDate brpInschrijvingsdatum, VorigePip vorigePip,
                                VerhuisdZonderPip verhuisdZonderPip) {
        this(bsn, voornamen, achternaam, geboortedatum, nationaliteit, doelgroep, gemeente, koppelingsdatum, bijstand,
                brpInschrijvingsdatum, vorigePip, verhuisdZonderPip, null);
    }

    /** With an expected housing date, not moved in without a PIP. */
    public DossierOpenenVerzoek(String bsn, String voornamen, String achternaam, LocalDate geboortedatum,
                                String nationaliteit, String doelgroep, String gemeente, LocalDate koppelingsdatum,
                                Boolean bijstand, LocalDate brpInschrijvingsdatum, VorigePip vorigePip,
                                LocalDate verwachteHuisvestingsdatum) {
        this(bsn, voornamen, achternaam, geboortedatum, nationaliteit, doelgroep, gemeente, koppelingsdatum, bijstand,
                brpInschrijvingsdatum, vorigePip, null, verwachteHuisvestingsdatum);
    }

    /** Moved in with a PIP of a previous gemeente (or not moved). */
    public DossierOpenenVerzoek(String bsn, String voornamen, String achternaam, LocalDate geboortedatum,
                                String nationaliteit, String doelgroep, String gemeente, LocalDate koppelingsdatum,
                                Boolean bijstand, LocalDate brpInschrijvingsdatum, VorigePip vorigePip) {
        this(bsn, voornamen, achternaam, geboortedatum, nationaliteit, doelgroep, gemeente, koppelingsdatum, bijstand,
                brpInschrijvingsdatum, vorigePip, null, null);
    }

    /** Without a PIP of a previous gemeente. */
    public DossierOpenenVerzoek(String bsn, String voornamen, String achternaam, LocalDate geboortedatum,
                                String nationaliteit, String doelgroep, String gemeente, LocalDate koppelingsdatum,
                                Boolean bijstand, LocalDate brpInschrijvingsdatum) {
        this(bsn, voornamen, achternaam, geboortedatum, nationaliteit, doelgroep, gemeente, koppelingsdatum, bijstand,
                brpInschrijvingsdatum, null, null, null);
    }
}
