package nl.regie.inburgering.verhuizing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierOvergangRepository extends JpaRepository<DossierOvergang, Long> {

    Optional<DossierOvergang> findByDossierId(Long dossierId);
}
