-- An oproep for the brede intake dated after the PIP limit (the ten weeks) is only accepted with the casemanager's
-- reason (intake/OproepDatumControle); the reason is kept on the oproep. Null for every oproep within the limit and
-- for oproepen recorded before the rule.
alter table oproep add column na_pip_termijn_reden varchar(2000);
