-- Issue 8: form input is never dropped, and decisions read identifiers from our own tables.
-- The optional remark on the written warning (stored with the oproep it follows) and on the school a gezinsmigrant
-- chose (stored with the self-arranged traject). Both rows are deleted by the retention job with the dossier's details.
alter table oproep add column waarschuwing_toelichting varchar(2000);
alter table leerroute_traject add column taalschool_toelichting varchar(2000);

-- The route switch's own process instance: the process finds its request by this id, never by a process variable.
alter table leerroute_wissel add column proces_instantie_id varchar(64);
create index ix_leerroute_wissel_proces on leerroute_wissel (proces_instantie_id);

-- Likewise the partner-afmelding process: it finds its afmelding by its own process instance, recorded at its start.
alter table partner_afmelding add column proces_instantie_id varchar(64);
create index ix_partner_afmelding_proces on partner_afmelding (proces_instantie_id);
