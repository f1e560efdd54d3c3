package nl.regie.inburgering.verhuizing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PipOvernameRepository extends JpaRepository<PipOvername, Long> {

    Optional<PipOvername> findByDossierId(Long dossierId);
}
