package nl.regie.inburgering.leerroute;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamenresultaatDuoRepository extends JpaRepository<ExamenresultaatDuo, Long> {

    List<ExamenresultaatDuo> findByDossierIdOrderByDatumAscIdAsc(Long dossierId);
}
