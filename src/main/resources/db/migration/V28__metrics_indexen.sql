-- metrics (issue 14): the live metrics count open dossiers per gemeente and stage, and the PIP limits of those
-- without a fixed PIP, every minute (metrics/LiveMetrics); these indexes keep both to an index range per stage.
create index ix_dossier_status_gemeente on dossier (status, gemeente);
create index ix_dossier_status_pip_uiterlijk on dossier (status, pip_uiterlijke_datum);
