-- Screens (issue 10): a brede-intake appointment the casemanager moved ("afspraak verzet", intake/AfspraakVerzetten):
-- the date it had before the last move, when and by whom it was moved (the new date is oproep.datum). Null for an
-- appointment never moved.
alter table oproep add column verzet_van date;
alter table oproep add column verzet_op date;
alter table oproep add column verzet_door varchar(100);
-- Who recorded the written warning after a no-show: its letter is sent from the save point after the step
-- (intake/IntakeBrieven) and names this sender. Null for warnings recorded before.
alter table oproep add column waarschuwing_door varchar(100);
