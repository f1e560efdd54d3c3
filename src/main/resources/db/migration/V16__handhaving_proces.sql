-- Handhaving process (core): the teamleider's return of a besluit (with the remark the preparer reads) and who
-- recorded the receipt of a bezwaar.
alter table handhaving_zaak add column teruggave_opmerking varchar(2000);
alter table handhaving_zaak add column teruggegeven_door varchar(100);
alter table handhaving_zaak add column bezwaar_ontvangen_door varchar(100);
