-- Issue 9 items 8 and 9 (trajectregels): track and plicht rules as the law reads.
-- The plicht began before 1 January 2022: the Wet inburgering (2013) applies (Wi 2021 art. 54); flagged, not routed.
ALTER TABLE dossier ADD COLUMN valt_onder_wi2013 BOOLEAN DEFAULT FALSE NOT NULL;
-- Pw 57: the inburgeraar's consent to voluntary budget management, recorded with each ontzorgen evaluation.
ALTER TABLE ontzorgen_evaluatie ADD COLUMN toestemming_budgetbeheer BOOLEAN;
