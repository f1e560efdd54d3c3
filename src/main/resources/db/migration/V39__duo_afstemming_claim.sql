-- The nightly DUO reconciliation (DuoAfstemming) claims each open dossier for the night before it reads DUO:
-- update ... set duo_afgestemd_op = <that night> where ... and (duo_afgestemd_op is null or duo_afgestemd_op < <that night>).
-- With several application nodes on one database every open dossier is then read once a night, by one node.
-- Not mapped in the JPA entity Dossier: a save of a stale entity never resets it, and the claim leaves its version alone.
alter table dossier add column duo_afgestemd_op date;
