-- Issue 9, items 2 and 5 (second wave): the voortgangsgesprekken interval as a kind of PIP change (the new PIP
-- version stores it in pip_versie.voortgang_interval, V8); the draft keeps it until the teamleider decides.
alter table pip_wijziging add column voortgang_interval varchar(10);
