-- Wrong lookups are counted in the server's memory: a lookup must never write to the file (a
-- stranger's guesses would otherwise cost an fsync each, and grow the citizens' database).
DROP TABLE lookup_attempts;
