package nl.regie.inburgering.dossier;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByDossiernummer(String dossiernummer);

    java.util.List<Dossier> findByPersoonId(Long persoonId);

    /** The person's latest dossier in this gemeente (after a move back or a reopening there may be several). */
    Optional<Dossier> findFirstByPersoonBsnAndGemeenteOrderByVolgnummerDesc(String bsn, String gemeente);

    default Dossier getByDossiernummer(String dossiernummer) {
        return findByDossiernummer(dossiernummer)
                .orElseThrow(() -> new IllegalStateException("Dossier " + dossiernummer + " bestaat niet"));
    }

    @Query(value = "select nextval('dossiernummer_seq')", nativeQuery = true)
    long volgendDossiernummer();
}
