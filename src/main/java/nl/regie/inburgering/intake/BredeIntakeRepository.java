package nl.regie.inburgering.intake;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BredeIntakeRepository extends JpaRepository<BredeIntake, Long> {
    Optional<BredeIntake> findByDossierId(Long dossierId);
}
