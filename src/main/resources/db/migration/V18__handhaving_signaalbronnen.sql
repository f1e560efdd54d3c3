-- Signal sources for handhaving (Wi 22): why the inburgeraar did not appear at an oproep for the brede intake (a valid
-- reason is no signal, no warning, and the oproep does not count toward the gemeente's maximum), and whether the
-- inburgeraar cooperated in the brede intake conversation.
alter table oproep add column reden_niet_verschenen varchar(30);
alter table brede_intake add column meegewerkt varchar(3);
alter table brede_intake add column niet_meegewerkt_toelichting varchar(2000);
