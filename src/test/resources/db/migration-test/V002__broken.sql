-- The first statement succeeds, the second fails: the whole migration must roll back.
CREATE TABLE half_done (x INTEGER) STRICT;
INSERT INTO no_such_table VALUES (1);
