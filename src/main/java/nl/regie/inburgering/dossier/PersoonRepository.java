package nl.regie.inburgering.dossier;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersoonRepository extends JpaRepository<Persoon, Long> {
    Optional<Persoon> findByBsn(String bsn);
}
