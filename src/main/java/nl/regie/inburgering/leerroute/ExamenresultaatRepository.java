package nl.regie.inburgering.leerroute;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamenresultaatRepository extends JpaRepository<Examenresultaat, Long> {
    Optional<Examenresultaat> findByDossierIdAndOnderdeel(Long dossierId, String onderdeel);

    List<Examenresultaat> findByDossierId(Long dossierId);
}
