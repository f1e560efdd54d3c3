package nl.regie.inburgering.voortgang;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VoortgangsgesprekRepository extends JpaRepository<Voortgangsgesprek, Long> {

    List<Voortgangsgesprek> findByDossierIdOrderById(Long dossierId);

    /** The conversation recorded last: the next one is planned from it. */
    Optional<Voortgangsgesprek> findFirstByDossierIdOrderByIdDesc(Long dossierId);
}
