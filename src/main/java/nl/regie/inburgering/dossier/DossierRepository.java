package nl.regie.inburgering.dossier;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DossierRepository extends JpaRepository<Dossier, Long>, DossierOpNummer {

    /** Once per transaction from the database, then from the persistence context ({@link DossierOpNummer}). */
    @Override
    Optional<Dossier> findByDossiernummer(String dossiernummer);

    java.util.List<Dossier> findByPersoonId(Long persoonId);

    /** The person's latest dossier in this gemeente (after a move back or a reopening there may be several). */
    Optional<Dossier> findFirstByPersoonBsnAndGemeenteOrderByVolgnummerDesc(String bsn, String gemeente);

    default Dossier getByDossiernummer(String dossiernummer) {
        return findByDossiernummer(dossiernummer)
                .orElseThrow(() -> new IllegalStateException("Dossier " + dossiernummer + " bestaat niet"));
    }

    /** How many of the gemeente's dossiers ended for this reason (the voortgangsrapportage counts by reason). */
    long countByGemeenteAndAfsluitredenCode(String gemeente, Beeindigingsreden afsluitredenCode);

    /** The gemeente's ended dossiers counted per reason: rows of (Beeindigingsreden, Long). */
    @Query("select d.afsluitredenCode, count(d) from Dossier d where d.gemeente = :gemeente"
            + " and d.afsluitredenCode is not null group by d.afsluitredenCode")
    java.util.List<Object[]> telAfgeslotenPerReden(@org.springframework.data.repository.query.Param("gemeente") String gemeente);

    @Query(value = "select nextval('dossiernummer_seq')", nativeQuery = true)
    long volgendDossiernummer();
}
