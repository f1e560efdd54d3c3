-- Issue 9 item 8 c: the start moment of financieel ontzorgen per gemeente (regie.*.ontzorgen-start).
-- COA's koppeling carries the expected housing date (shown, starts nothing); the actual housing is an event
-- (GebeurtenisType HUISVESTING) whose first date counts: with the bijstand it starts ontzorgen where the gemeente
-- ontzorgt from the housing (Westfriesland).
ALTER TABLE dossier ADD COLUMN verwachte_huisvestingsdatum DATE;
ALTER TABLE dossier ADD COLUMN huisvestingsdatum DATE;
