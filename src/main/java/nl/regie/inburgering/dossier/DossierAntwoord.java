package nl.regie.inburgering.dossier;

import java.time.LocalDate;
import java.util.List;

/** What our API shows of a dossier. */
public record DossierAntwoord(
        String dossiernummer,
        String gemeente,
        String gemeenteNaam,
        String doelgroep,
        String status,
        PersoonAntwoord persoon,
        LocalDate koppelingsdatum,
        boolean bijstand,
        LocalDate bijstandStartdatum,
        LocalDate brpInschrijvingsdatum,
        LocalDate verwachteHuisvestingsdatum,
        LocalDate huisvestingsdatum,
        LocalDate kennisgevingDuoDatum,
        Boolean inburgeringsplichtig,
        String plichtReden,
        LocalDate pipTermijnStart,
        LocalDate pipUiterlijkeDatum,
        LocalDate opschortingSinds,
        LocalDate inburgeringstermijnStart,
        LocalDate inburgeringstermijnEinde,
        LocalDate inburgeringstermijnVerstrekenOp,
        Afsluitreden afsluitreden,
        String afsluittoelichting,
        LocalDate afgeslotenOp,
        LocalDate opgeschoondOp,
        List<GebeurtenisAntwoord> gebeurtenissen) {

    public record PersoonAntwoord(String bsn, String voornamen, String achternaam, LocalDate geboortedatum,
                                  String nationaliteit) {
    }

    public record GebeurtenisAntwoord(String type, LocalDate datum, String toelichting, String reden, LocalDate einddatum) {
    }

    /** Why the dossier ended, coded (dossier/Beeindigingsreden): countable by code and categorie. */
    public record Afsluitreden(String code, String omschrijving, String categorie) {

        static Afsluitreden van(Beeindigingsreden reden) {
            return reden == null ? null : new Afsluitreden(reden.name(), reden.omschrijving(), reden.categorie().name());
        }
    }
}
