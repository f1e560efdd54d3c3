-- DUO's own fines (event BOETE_DUO) of several onderdelen (PVT, MAP, leerroute) can share a date: the event's kenmerk
-- (its code for BOETE_DUO, empty for every other type) tells them apart. For every other type one event per type and
-- date stays the rule.
alter table gebeurtenis add column kenmerk varchar(100) default '' not null;
alter table gebeurtenis drop constraint uk_gebeurtenis;
alter table gebeurtenis add constraint uk_gebeurtenis unique (dossier_id, type, datum, kenmerk);
