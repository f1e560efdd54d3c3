-- "Mijn dossiers" (GET /api/dossiers/mijn, dossierbeeld/DossierZoeken#mijn): the dossiers a user opened, drafted a
-- PIP version of or held a voortgangsgesprek in, read in the page's own query (subqueries) instead of as lists of
-- ids sent back as thousands of parameters. These three columns had no index: each was a sequential scan of the
-- whole table, growing with the population (issue 13, README "Benchmark").
create index ix_dossier_geopend_door on dossier (geopend_door);
create index ix_pip_versie_opgesteld_door on pip_versie (opgesteld_door, dossier_id);
create index ix_voortgangsgesprek_gevoerd_door on voortgangsgesprek (gevoerd_door, dossier_id);
